// The tests that start real CPython runs by the hundred come last in the
// package (go test runs files in name order), so that their budget
// (internal/testbudget) can give them whatever time the package's other
// tests left before go test's deadline.

package pylib_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"zombielab/internal/testbudget"
)

// TestRecordingsCurrent runs every program under the real CPythons found
// here and checks that the expected files still say what they print
// (skipped with -short or when an interpreter is missing).
func TestRecordingsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: not running real CPython")
	}
	budget := testbudget.New(t)
	defer budget.Report()
	for _, file := range programs(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		if !budget.Allow() {
			continue
		}
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			versions := programVersions(src)
			for _, v := range versions {
				if findPython(v) == "" {
					t.Skipf("CPython %s not found", v)
				}
			}
			var outs []outcome
			for _, v := range versions {
				outs = append(outs, record(t, file, v))
			}
			expected, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".expected")
			if err != nil {
				t.Fatal(err)
			}
			for i, v := range versions {
				want, _ := section(string(expected), v)
				got := outs[i]
				if got.stdout != want.stdout || comparable(got.stderr) != comparable(want.stderr) || got.status != want.status {
					t.Errorf("CPython %s no longer prints what %s.expected says (go test ./sim/pylib -run TestLibrary -update re-records it)\n--- now\n%s--- stderr\n%s--- status %d\n--- recorded\n%s--- stderr\n%s--- status %d",
						v, name, got.stdout, comparable(got.stderr), got.status, want.stdout, comparable(want.stderr), want.status)
				}
			}
		})
	}
}
