// The package boundaries of DESIGN.md are import rules; this test enforces
// them by reading every Go file of the tree with go/parser.

package sim

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// simBanned are standard-library packages that would let the simulator see
// the wall clock, the host, or the scheduler of the Go runtime.
var simBanned = map[string]string{
	"os":          "the host's files and processes",
	"os/exec":     "the host's processes",
	"time":        "the wall clock",
	"net":         "the network",
	"sync":        "threads",
	"sync/atomic": "threads",
	"syscall/js":  "the browser",
	"math/rand":   "global random state (pass a seeded PRNG)",
	"unsafe":      "memory tricks",
}

// simInner are the packages under sim/ that must not see the rest of the
// simulator, with the sim packages each may import (README, "Layout and
// import rules"). A package not listed may import any sim package.
var simInner = map[string][]string{
	"cpython":    nil,
	"kernel":     nil,
	"pyast":      nil,
	"mp":         nil,
	"pylib":      nil,
	"userland":   nil,
	"checkpoint": nil,
	"pyvm":       {"zombielab/sim/pyast", "zombielab/sim/cpython"},
	"scenario":   {"zombielab/sim/kernel", "zombielab/sim/cpython"},
}

type goFile struct {
	path string
	test bool
	file *ast.File
}

func parseTree(t *testing.T, root string) []goFile {
	t.Helper()
	var files []goFile
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return err
		}
		if !strings.HasSuffix(path, "_test.go") {
			// Parse fully so go statements can be found.
			if f, err = parser.ParseFile(fset, path, nil, 0); err != nil {
				return err
			}
		}
		files = append(files, goFile{path: path, test: strings.HasSuffix(path, "_test.go"), file: f})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 10 {
		// A walk that finds (almost) nothing checks nothing: the root
		// "." once counted as a hidden directory and was skipped.
		t.Fatalf("parsed only %d Go files under %s", len(files), root)
	}
	return files
}

func importsOf(f *ast.File) []string {
	var out []string
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		out = append(out, p)
	}
	return out
}

func isStdlib(path string) bool {
	first := strings.SplitN(path, "/", 2)[0]
	return !strings.Contains(first, ".") && first != "zombielab"
}

// testMayUse are the banned packages a test file may import: golden files
// are read with os, and the conformance tests run real CPython (os/exec,
// with a time limit) to compare with.
var testMayUse = map[string]bool{"os": true, "time": true, "os/exec": true}

// TestSimImportRules: sim/... uses the standard library only, none of the
// banned packages, and starts no goroutine. Test files may read golden files
// with os, check them with the repository's golden helper
// (zombielab/internal/golden) and find and run real CPython
// (zombielab/internal/cpythontest, zombielab/internal/testbudget, testMayUse), but must
// otherwise follow the same rules.
func TestSimImportRules(t *testing.T) {
	for _, f := range parseTree(t, ".") {
		for _, imp := range importsOf(f.file) {
			if f.test && (imp == "zombielab/internal/golden" || imp == "zombielab/internal/cpythontest" || imp == "zombielab/internal/testbudget") {
				continue
			}
			if !isStdlib(imp) && !strings.HasPrefix(imp, "zombielab/sim") {
				t.Errorf("%s imports %q: sim/ may import only the standard library and zombielab/sim/...", f.path, imp)
			}
			if why, bad := simBanned[imp]; bad && !(f.test && testMayUse[imp]) {
				t.Errorf("%s imports %q (%s): the simulator must stay deterministic", f.path, imp, why)
			}
		}
		if f.test {
			continue
		}
		ast.Inspect(f.file, func(n ast.Node) bool {
			if g, ok := n.(*ast.GoStmt); ok {
				t.Errorf("%s: go statement at offset %d: sim/ must not start goroutines", f.path, g.Pos())
			}
			return true
		})
	}
}

// TestSimInnerImportRules: the packages of simInner import no sim package
// beyond their list (their test files may use more, to drive them).
func TestSimInnerImportRules(t *testing.T) {
	for _, f := range parseTree(t, ".") {
		dir := filepath.ToSlash(filepath.Dir(f.path))
		allowed, inner := simInner[dir]
		if !inner || f.test {
			continue
		}
		for _, imp := range importsOf(f.file) {
			if strings.HasPrefix(imp, "zombielab/") && !slices.Contains(allowed, imp) {
				t.Errorf("%s imports %q: sim/%s may import only the standard library and %v", f.path, imp, dir, allowed)
			}
		}
	}
}

// TestWebImportRules: web/view is pure (imports sim, never ebiten or
// syscall/js); only web/player may touch ebiten and the browser.
func TestWebImportRules(t *testing.T) {
	root := filepath.Join("..", "web")
	if _, err := os.Stat(root); err != nil {
		t.Skip("no web/ directory yet")
	}
	for _, f := range parseTree(t, root) {
		inPlayer := strings.Contains(filepath.ToSlash(f.path), "web/player")
		for _, imp := range importsOf(f.file) {
			browser := imp == "syscall/js" || strings.HasPrefix(imp, "github.com/hajimehoshi/ebiten")
			if browser && !inPlayer {
				t.Errorf("%s imports %q: only web/player may import ebiten or syscall/js", f.path, imp)
			}
		}
	}
}
