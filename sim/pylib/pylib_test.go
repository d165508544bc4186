package pylib

import (
	"slices"
	"strings"
	"testing"
)

// TestSource: every listed module is served under CPython's file name, and
// nothing outside the library is.
func TestSource(t *testing.T) {
	mods := Modules()
	if len(mods) == 0 {
		t.Fatal("no modules embedded")
	}
	for _, m := range mods {
		file, src, ok := Source(m)
		if !ok || len(src) == 0 {
			t.Errorf("Source(%q) = %q, %d bytes, %v", m, file, len(src), ok)
			continue
		}
		want := strings.ReplaceAll(m, ".", "/")
		if file != want+".py" && file != want+"/__init__.py" {
			t.Errorf("Source(%q) file = %q", m, file)
		}
	}
	for _, m := range []string{"collections", "json", "functools"} {
		if !slices.Contains(mods, m) {
			t.Errorf("Modules() lacks %q: %v", m, mods)
		}
	}
	for _, m := range []string{"", "os", "multiprocessing", "../lib", "lib", "json/decoder", "collections.."} {
		if file, _, ok := Source(m); ok {
			t.Errorf("Source(%q) served %q", m, file)
		}
	}
}

func TestChain(t *testing.T) {
	first := func(m string) (string, []byte, bool) { return "first.py", nil, m == "a" }
	l := Chain(first, Source)
	if f, _, ok := l("a"); !ok || f != "first.py" {
		t.Errorf("Chain(a) = %q, %v", f, ok)
	}
	if _, _, ok := l("nope"); ok {
		t.Error("Chain served an unknown module")
	}
}
