package view

import (
	"encoding/xml"
	"regexp"
	"strings"
	"testing"

	"zombielab/sim"
)

// TestSVG: a frame as SVG is well-formed XML with a rect per fill and the
// frame's texts, escaped, their spaces no-break spaces (so that the ps
// table's columns keep their alignment in a browser).
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
	for _, want := range []string{`width="640" height="420"`, "1002", "_children", "PID&#160;&#160;PPID&#160;STAT"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the SVG has no %q", want)
		}
	}
	// No text keeps an ordinary space, which a browser may collapse.
	texts := regexp.MustCompile(`<text [^>]*>([^<]*)</text>`).FindAllStringSubmatch(string(out), -1)
	if len(texts) == 0 {
		t.Fatal("the SVG has no text")
	}
	for _, m := range texts {
		if strings.Contains(m[1], " ") {
			t.Errorf("a text keeps ordinary spaces: %q", m[1])
		}
	}
}
