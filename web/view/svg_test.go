package view

import (
	"encoding/xml"
	"strings"
	"testing"

	"zombielab/sim"
)

// TestSVG: a frame as SVG is well-formed XML with a rect per fill and the
// frame's texts, escaped.
func TestSVG(t *testing.T) {
	p := open(t, "seed-loop", sim.Overrides{})
	step, _ := p.Checkpoint("before-start#2")
	d := Build(input(p, step, UI{W: 640, H: 420, Compact: true}))
	out := SVG(d)
	dec := xml.NewDecoder(strings.NewReader(string(out)))
	for {
		if _, err := dec.Token(); err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("not well-formed: %v\n%s", err, out)
			}
			break
		}
	}
	for _, want := range []string{`width="640" height="420"`, "1002", "_children", "PPID STAT"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the SVG has no %q", want)
		}
	}
}
