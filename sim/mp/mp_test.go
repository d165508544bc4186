package mp

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"zombielab/internal/cpythontest"
)

func TestSource(t *testing.T) {
	tests := []struct {
		name, module, file string
		ok                 bool
	}{
		{"package", "multiprocessing", "multiprocessing/__init__.py", true},
		{"process", "multiprocessing.process", "multiprocessing/process.py", true},
		{"popen_fork", "multiprocessing.popen_fork", "multiprocessing/popen_fork.py", true},
		{"forkserver", "multiprocessing.forkserver", "multiprocessing/forkserver.py", true},
		{"not modelled", "multiprocessing.shared_memory", "", false},
		{"init by name", "multiprocessing.__init__", "", false},
		{"empty submodule", "multiprocessing.", "", false},
		{"nested", "multiprocessing.process.x", "", false},
		{"path traversal", "multiprocessing../x", "", false},
		{"other package", "os", "", false},
		{"prefix only", "multiprocessingx", "", false},
		{"empty", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			file, src, ok := Source(tc.module)
			if ok != tc.ok || file != tc.file {
				t.Fatalf("Source(%q) = %q, ok=%v; want %q, ok=%v", tc.module, file, ok, tc.file, tc.ok)
			}
			if ok && len(src) == 0 {
				t.Fatalf("Source(%q): empty source", tc.module)
			}
		})
	}
}

// TestEveryFileServed: each embedded .py file is a module Source finds, and
// each opens with a comment naming the CPython file it follows.
func TestEveryFileServed(t *testing.T) {
	served := map[string]bool{}
	for _, m := range Modules() {
		file, src, ok := Source(m)
		if !ok {
			t.Errorf("Modules() lists %q but Source does not find it", m)
			continue
		}
		served[file] = true
		first := strings.SplitN(string(src), "\n", 2)[0]
		if want := "# " + file + ":"; !strings.HasPrefix(first, want) {
			t.Errorf("%s: first line %q should start with %q", file, first, want)
		}
	}
	err := fs.WalkDir(files, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !served[path] {
			t.Errorf("embedded %s is not served by Source", path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(served) < 11 {
		t.Errorf("only %d modules served", len(served))
	}
}

func ExampleSource() {
	file, _, ok := Source("multiprocessing.popen_fork")
	fmt.Println(file, ok)
	_, _, ok = Source("multiprocessing.shared_memory")
	fmt.Println(ok)
	// Output:
	// multiprocessing/popen_fork.py true
	// false
}

func ExampleModules() {
	fmt.Println(Modules()[:3])
	// Output: [multiprocessing multiprocessing.connection multiprocessing.context]
}

// TestCPythonParses: every model file is valid Python for the oldest and the
// newest modelled CPython that is installed (real ast.parse).
func TestCPythonParses(t *testing.T) {
	pythons := installedPythons(t, []string{"3.8", "3.13"})
	if len(pythons) == 0 {
		t.Skip("no CPython installed")
	}
	for _, py := range pythons {
		for _, m := range Modules() {
			file, _, _ := Source(m)
			t.Run(py.version+"/"+file, func(t *testing.T) {
				res := runPython(t, py.path, nil, "", "-c",
					"import ast,sys; ast.parse(open(sys.argv[1]).read(), sys.argv[1])",
					filepath.FromSlash(file))
				if res.err != nil || res.stderr != "" {
					t.Fatalf("%s rejects %s: %v\n%s", py.path, file, res.err, res.stderr)
				}
			})
		}
	}
}

// pythonExe is one CPython interpreter found on this machine.
type pythonExe struct{ version, path string }

// installedPythons finds the pyenv interpreters of the given versions, or
// python3 on PATH when it is one of them.
func installedPythons(t *testing.T, versions []string) []pythonExe {
	t.Helper()
	var out []pythonExe
	for _, v := range versions {
		var major, minor int
		if _, err := fmt.Sscanf(v, "%d.%d", &major, &minor); err != nil {
			t.Fatalf("version %q", v)
		}
		if p := cpythontest.Find(major, minor); p != "" {
			out = append(out, pythonExe{v, p})
		}
	}
	return out
}
