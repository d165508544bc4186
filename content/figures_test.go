// The figures' steps mean what their text says only while the simulation
// stays the same: a change to the multiprocessing model or the library
// adds or removes lines and moves every later step. This test writes what
// each figure's step (and reveal) shows — the process, thread and line —
// to a golden file, so a change that moves them fails here, with the new
// positions in the diff, until the figures are re-aimed and the golden
// file updated (go test ./content -update).

package content

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"zombielab/internal/golden"
	"zombielab/sim"
	"zombielab/sim/cpython"
	"zombielab/sim/playback"
)

var (
	figureBlock = regexp.MustCompile("^```zombielab (.*)$")
	figureAttr  = regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)
)

func TestFigurePositions(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every scenario a figure shows")
	}
	var b strings.Builder
	players := map[string]*playback.Player{}
	for _, md := range []string{"walkthrough.en.md", "walkthrough.zh.md", "embedding.md", "embedding.zh.md"} {
		src, err := os.ReadFile(md)
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range strings.Split(string(src), "\n") {
			m := figureBlock.FindStringSubmatch(line)
			if m == nil || strings.HasPrefix(m[1], "{") {
				continue // not a figure: Hugo's syntax, shown in a code block
			}
			kv := map[string]string{}
			for _, a := range figureAttr.FindAllStringSubmatch(m[1], -1) {
				kv[a[1]] = strings.Trim(a[2], `"`)
			}
			key := kv["scenario"] + "|" + kv["python"] + "|" + kv["method"]
			p := players[key]
			if p == nil {
				p = loadFigure(t, kv)
				players[key] = p
			}
			for _, which := range []string{"step", "reveal"} {
				if kv[which] == "" {
					continue
				}
				i, err := strconv.Atoi(kv[which])
				if err != nil || i >= p.Len() {
					t.Errorf("%s:%d: %s=%s is not a step of %s (0 to %d)", md, n+1, which, kv[which], kv["scenario"], p.Len()-1)
					continue
				}
				fmt.Fprintf(&b, "%s:%d %s %s=%d: %s\n", md, n+1, kv["scenario"], which, i, figureShows(p.Seek(i)))
			}
		}
	}
	golden.CheckString(t, "testdata/figures.golden", b.String(), "re-aim the figures whose step moved, then go test ./content -update")
}

func loadFigure(t *testing.T, kv map[string]string) *playback.Player {
	t.Helper()
	o := sim.Overrides{}
	if v := kv["python"]; v != "" {
		ver, err := cpython.Parse(v)
		if err != nil {
			t.Fatal(err)
		}
		o.Python = ver
	}
	if v := kv["method"]; v != "" {
		meth, err := cpython.ParseStartMethod(v)
		if err != nil {
			t.Fatal(err)
		}
		o.Method = meth
	}
	src, err := Scenario(kv["scenario"])
	if err != nil {
		t.Fatal(err)
	}
	p, err := playback.Load(kv["scenario"]+".py", src, o)
	if err != nil {
		t.Fatal(err)
	}
	p.RunToEnd()
	return p
}

// figureShows says what a step shows: the line about to run and whose it
// is, or the narration of a step without a line.
func figureShows(s *playback.Snapshot) string {
	if !s.OnLine {
		return "no line: " + s.Narration.EN
	}
	who := "pid " + strconv.Itoa(int(s.PID))
	if s.TID != 0 {
		who += " thread " + strconv.Itoa(int(s.TID))
	}
	return fmt.Sprintf("%s at %s:%d %s", who, s.Line.File, s.Line.Line, s.SourceLine)
}
