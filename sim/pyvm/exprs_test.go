// This file evaluates the expressions of testdata/exprs.txt on the VM and
// compares repr() of each value with the CPython 3.11 result recorded
// there; TestExprTableMatchesCPython re-checks the table itself.

package pyvm

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

type exprCase struct{ expr, want string }

func exprTable(t *testing.T) []exprCase {
	data, err := os.ReadFile("testdata/exprs.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []exprCase
	for _, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		e, w, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		out = append(out, exprCase{e, w})
	}
	return out
}

// exprProgram prints repr(expr), or EXC and the exception's class name.
func exprProgram(expr string) string {
	return "try:\n    v = repr(" + expr + ")\nexcept Exception as e:\n    v = 'EXC ' + type(e).__name__\nprint(v)\n"
}

func TestExpressions(t *testing.T) {
	for _, tc := range exprTable(t) {
		t.Run(tc.expr, func(t *testing.T) {
			r := runSource(t, exprProgram(tc.expr), Config{})
			if r.err != nil {
				t.Fatalf("%v\n%s", r.err, r.stderr)
			}
			if got := strings.TrimSuffix(r.stdout, "\n"); got != tc.want {
				t.Errorf("%s\n got: %s\nwant: %s\n%s", tc.expr, got, tc.want, r.stderr)
			}
		})
	}
}

func TestExprTableMatchesCPython(t *testing.T) {
	py := cpythonFor(Py311)
	if py == "" || testing.Short() {
		t.Skip("CPython 3.11 not installed")
	}
	var prog strings.Builder
	for _, tc := range exprTable(t) {
		prog.WriteString(exprProgram(tc.expr))
	}
	out, err := exec.Command(py, "-c", prog.String()).Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	for i, tc := range exprTable(t) {
		if i >= len(lines) || lines[i] != tc.want {
			t.Errorf("table is stale for %s: CPython says %q", tc.expr, lines[min(i, len(lines)-1)])
		}
	}
}
