// Golden tests: every testdata/*.py is parsed and dumped; the dump, followed
// by Validate's verdict, must equal testdata/*.ast. Run `go test
// ./sim/pyast -update` to rewrite the golden files, then review the diff.

package pyast

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zombielab/internal/golden"
)

func goldenInputs(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/*.py: %v", err)
	}
	return files
}

// render is the golden form of a file: its dump and what Validate says.
func render(name string, src []byte) string {
	m, err := Parse(name, src)
	if err != nil {
		return "parse error: " + err.Error() + "\n"
	}
	verdict := "validate: ok\n"
	if err := Validate(m); err != nil {
		verdict = "validate: " + err.Error() + "\n"
	}
	return Dump(m) + verdict
}

func TestGolden(t *testing.T) {
	for _, file := range goldenInputs(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := render(filepath.Base(file), src)
			golden.CheckString(t, strings.TrimSuffix(file, ".py")+".ast", got)
		})
	}
}
