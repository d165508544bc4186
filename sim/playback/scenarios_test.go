package playback

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The gallery is read from its directory rather than through package
// content, so these tests depend only on the scenario files themselves.
const galleryDir = "../../content/scenarios"

func scenarioSource(t testing.TB, name string) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(galleryDir, name+".py"))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func galleryNames(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(galleryDir, "*.py"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gallery in %s: %v", galleryDir, err)
	}
	var names []string
	for _, p := range paths {
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".py"))
	}
	sort.Strings(names)
	return names
}
