// The pure-Python code a run executes besides the scenario: the modelled
// multiprocessing package, the everyday library (sim/pylib), subprocess and
// the userland's programs (sim/userland). One loader serves the
// interpreter's imports and the player's code panel; the interpreter is
// told the modules' names so that refusing an unsupported import lists them
// beside the native ones.

package sim

import (
	"strings"

	"zombielab/sim/mp"
	"zombielab/sim/pylib"
	"zombielab/sim/pyvm"
	"zombielab/sim/userland"
)

// LoadModule returns a library module's file name (as tracebacks show it)
// and source: multiprocessing first, then the everyday library, then
// subprocess.
var LoadModule = pylib.Chain(mp.Source, pylib.Source, userland.Source)

// SourceOf returns the source of a file that a run's frames name other than
// the scenario: a library module ("multiprocessing/process.py",
// "functools.py") or a userland program ("/usr/bin/sh"); false for code
// that has no file ("<string>" of python -c).
func SourceOf(file string) ([]byte, bool) {
	if prog, ok := strings.CutPrefix(file, "/usr/bin/"); ok {
		if f, src, ok := userland.Program(prog); ok && f == file {
			return src, true
		}
		return nil, false
	}
	if !strings.HasSuffix(file, ".py") || strings.HasPrefix(file, "/") || strings.HasPrefix(file, "<") {
		return nil, false
	}
	module := strings.ReplaceAll(strings.TrimSuffix(strings.TrimSuffix(file, ".py"), "/__init__"), "/", ".")
	if f, src, ok := LoadModule(module); ok && f == file {
		return src, true
	}
	return nil, false
}

func init() {
	names := []string{mp.Package, "subprocess"}
	for _, m := range pylib.Modules() {
		if _, pending := pyvm.PendingModules[m]; !pending && !strings.Contains(m, ".") {
			names = append(names, m)
		}
	}
	pyvm.LibraryModules = names
}
