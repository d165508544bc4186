package probe

import (
	"os"
	"testing"

	"zombielab/sim/pyast"
)

// TestGallerySubset: every gallery scenario is in the Python subset the
// simulator's parser accepts, so the same file drives both sides.
func TestGallerySubset(t *testing.T) {
	for _, e := range loadGallery(t) {
		src, err := os.ReadFile(e.path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := pyast.ParseFile(e.path, src); err != nil {
			t.Errorf("%s: %v", e.name, err)
		}
	}
}
