// Source lines for the code panel and the narration: the scenario's own
// file and the library code a run executes (sim.SourceOf), split once.

package playback

import (
	"strings"

	"zombielab/sim"
)

type sources struct {
	files map[string][]string // file → lines; looked up only
}

func newSources(file string, src []byte) sources {
	s := sources{files: map[string][]string{}}
	s.files[file] = splitLines(string(src))
	return s
}

func splitLines(src string) []string {
	return strings.Split(strings.TrimSuffix(src, "\n"), "\n")
}

// lines returns a file's lines, loading a library module on first use;
// nil for files it does not know ("<string>" of python -c).
func (s sources) lines(file string) []string {
	if ls, ok := s.files[file]; ok {
		return ls
	}
	var ls []string
	if src, ok := sim.SourceOf(file); ok {
		ls = splitLines(string(src))
	}
	s.files[file] = ls
	return ls
}

// line returns line n (1-based) of file, trimmed; "" if unknown.
func (s sources) line(file string, n int) string {
	ls := s.lines(file)
	if n < 1 || n > len(ls) {
		return ""
	}
	return strings.TrimSpace(ls[n-1])
}

// Source returns the lines of a file the run executes (the scenario, a
// library module, a userland program), for a code panel; nil if unknown.
func (p *Player) Source(file string) []string { return p.src.lines(file) }

// File is the scenario's file name: frames in other files are library code.
func (p *Player) File() string { return p.file }
