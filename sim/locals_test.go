package sim

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLocalsChangeNothingElse runs every gallery scenario with the
// variables recorded and without: looking at them runs no Python code, so
// the traces must be the same but for the "locals" records, and those must
// say something.
func TestLocalsChangeNothingElse(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(galleryDir, "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no scenarios in %s (%v)", galleryDir, err)
	}
	if testing.Short() {
		files = files[:4]
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			plain := runSource(t, name+".py", src, Overrides{})
			seen := runSource(t, name+".py", src, Overrides{Locals: true})
			var a, b []string
			for i := range plain.Trace().Len() {
				a = append(a, plain.Trace().Line(i))
			}
			locals := 0
			for i, r := range seen.Trace().All() {
				if r.Kind == RecLocals {
					locals++
					continue
				}
				b = append(b, seen.Trace().Line(i))
			}
			if locals == 0 {
				t.Errorf("no locals recorded")
			}
			if len(a) != len(b) {
				t.Fatalf("%d records without locals, %d with", len(a), len(b))
			}
			for i := range a {
				if a[i] != b[i] {
					t.Fatalf("record %d differs:\nwithout: %s\nwith:    %s", i, a[i], b[i])
				}
			}
		})
	}
}
