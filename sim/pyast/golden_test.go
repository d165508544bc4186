// Golden tests: every testdata/*.py is parsed and dumped; the dump, followed
// by Validate's verdict, must equal testdata/*.ast. Run `go test
// ./sim/pyast -update` to rewrite the golden files, then review the diff.

package pyast

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

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
			golden := strings.TrimSuffix(file, ".py") + ".ast"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./sim/pyast -update)", err)
			}
			if got != string(want) {
				t.Errorf("dump of %s differs from %s (run with -update and review the diff)\n%s", file, golden, firstDiff(got, string(want)))
			}
		})
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}
