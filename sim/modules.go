// This file tells the interpreter which pure-Python modules the Loader
// (System.load) serves, so that refusing an unsupported import lists them
// beside the native ones.

package sim

import (
	"strings"

	"zombielab/sim/mp"
	"zombielab/sim/pylib"
	"zombielab/sim/pyvm"
)

func init() {
	names := []string{mp.Package}
	for _, m := range pylib.Modules() {
		if !strings.Contains(m, ".") {
			names = append(names, m)
		}
	}
	pyvm.LibraryModules = names
}
