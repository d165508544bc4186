package mp

import (
	"testing"

	"zombielab/sim/pyast"
)

// TestModelIsInTheSubset: every model file parses and passes the
// simulator's validator, so the interpreter can run it.
func TestModelIsInTheSubset(t *testing.T) {
	for _, m := range Modules() {
		file, src, _ := Source(m)
		t.Run(file, func(t *testing.T) {
			if _, err := pyast.ParseFile(file, src); err != nil {
				t.Fatal(err)
			}
		})
	}
}
