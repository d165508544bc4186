package mp

// The differential test: each scenario in testdata/scenarios runs under real
// CPython on the real kernel twice, once with CPython's own multiprocessing
// and once with this model in its place (testdata/cpython/_zombielab.py
// stands in for the simulator's natives). The two stdouts must be equal,
// and equal to the reviewed golden file.

import (
	"bufio"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zombielab/internal/golden"
)

var (
	cpython = flag.String("cpython", "3.8,3.13", "CPython versions for the differential test (comma-separated, or all: 3.8,3.11,3.12,3.13)")
)

// allVersions are the modelled versions that can run here (3.14 cannot).
var allVersions = []string{"3.8", "3.11", "3.12", "3.13"}

// scenario is one differential test program and the start methods it is
// meant for (its first line: `# methods: fork spawn`).
type scenario struct {
	name    string
	methods []string
}

func loadScenarios(t *testing.T) []scenario {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "scenarios", "[a-z]*.py"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	var out []scenario
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Scan()
		f.Close()
		methods, ok := strings.CutPrefix(sc.Text(), "# methods:")
		if !ok {
			t.Fatalf("%s: first line must be `# methods: ...`", p)
		}
		out = append(out, scenario{strings.TrimSuffix(filepath.Base(p), ".py"), strings.Fields(methods)})
	}
	return out
}

func TestModelAgreesWithCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real CPython for about a minute")
	}
	versions := strings.Split(*cpython, ",")
	if *cpython == "all" {
		versions = allVersions
	}
	pythons := installedPythons(t, versions)
	if len(pythons) == 0 {
		t.Skip("none of CPython " + *cpython + " is installed")
	}
	abs, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	modelPath := "PYTHONPATH=" + abs + string(filepath.ListSeparator) + filepath.Join(abs, "testdata", "cpython")
	dir := filepath.Join(abs, "testdata", "scenarios")
	for _, py := range pythons {
		for _, s := range loadScenarios(t) {
			for _, method := range s.methods {
				name := s.name + "." + method + "." + py.version
				t.Run(name, func(t *testing.T) {
					t.Parallel()
					// Both runs sleep more than they compute: run them together.
					model := startPython(t, py.path, []string{modelPath}, dir, s.name+".py", method)
					real := startPython(t, py.path, nil, dir, s.name+".py", method)
					m, r := model.wait(), real.wait()
					if r.err != nil {
						t.Fatalf("CPython's multiprocessing failed: %v\n%s", r.err, r.stderr)
					}
					if m.err != nil {
						t.Fatalf("the model failed: %v\n%s", m.err, m.stderr)
					}
					if m.stdout != r.stdout {
						t.Fatalf("the model disagrees with CPython %s\n--- model:\n%s\n--- CPython:\n%s\n--- model stderr:\n%s",
							py.version, lines(m.stdout), lines(r.stdout), lines(m.stderr))
					}
					golden.CheckString(t, filepath.Join("testdata", "golden", name+".txt"), m.stdout)
				})
			}
		}
	}
}

// TestModel314 runs the model's 3.14 branches on the real kernel: CPython
// 3.13 made to report 3.14 (testdata/cpython314/sitecustomize.py), since no
// 3.14 is installed. There is nothing to compare with, so only the reviewed
// golden file: forkserver by default and default first, __main__ preloaded
// once by the server, workers reaped by the server (no zombie under main),
// interrupt() giving exitcode 1, the resource tracker reaped at exit.
func TestModel314(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real CPython")
	}
	pythons := installedPythons(t, []string{"3.13"})
	if len(pythons) == 0 {
		t.Skip("CPython 3.13 is not installed")
	}
	abs, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	sep := string(filepath.ListSeparator)
	env := []string{"PYTHONPATH=" + abs + sep + filepath.Join(abs, "testdata", "cpython") + sep + filepath.Join(abs, "testdata", "cpython314")}
	res := runPython(t, pythons[0].path, env, filepath.Join(abs, "testdata", "scenarios"), "py314.py", "default")
	if res.err != nil {
		t.Fatalf("the model failed: %v\n%s", res.err, res.stderr)
	}
	golden.CheckString(t, filepath.Join("testdata", "golden", "py314.default.3.14.txt"), res.stdout)
}
