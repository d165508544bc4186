// Source lines for the code panel and the narration: the scenario's own
// file, the modelled multiprocessing package (sim/mp) and the everyday
// library (sim/pylib), split once.

package playback

import (
	"strings"

	"zombielab/sim/mp"
	"zombielab/sim/pylib"
)

// loadModule serves a modelled module's source as the simulator's Loader
// does (sim.System.load).
var loadModule = pylib.Chain(mp.Source, pylib.Source)

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
	if module, ok := moduleOf(file); ok {
		if _, src, ok := loadModule(module); ok {
			ls = splitLines(string(src))
		}
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

// moduleOf turns "multiprocessing/popen_fork.py" into
// "multiprocessing.popen_fork" (and a package's __init__.py into the
// package); library files are named relative to Lib/ ("functools.py").
func moduleOf(file string) (string, bool) {
	if !strings.HasSuffix(file, ".py") || strings.HasPrefix(file, "/") {
		return "", false
	}
	m := strings.TrimSuffix(strings.TrimSuffix(file, ".py"), "/__init__")
	return strings.ReplaceAll(m, "/", "."), true
}

// Source returns the lines of a file the run executes (the scenario or a
// modelled multiprocessing module), for a code panel; nil if unknown.
func (p *Player) Source(file string) []string { return p.src.lines(file) }

// File is the scenario's file name: frames in other files are library code.
func (p *Player) File() string { return p.file }
