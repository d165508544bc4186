package userland

import "testing"

func TestLookup(t *testing.T) {
	for _, c := range []struct {
		path string
		kind Kind
		prog string
	}{
		{"/bin/sh", Executable, "sh"},
		{"/usr/bin/dash", Executable, "sh"},
		{"/usr/bin/python3.11", Executable, Python},
		{"/bin/../bin/ps", Executable, "ps"},
		{"/usr/bin", Directory, ""},
		{"/", Directory, ""},
		{"/dev/null", Device, ""},
		{"/bin/sh/x", NotDir, ""},
		{"/dev/null/x", NotDir, ""},
		{"/usr/local/bin/sh", NotFound, ""},
		{"/bin/nosuch", NotFound, ""},
	} {
		kind, prog := Lookup(c.path)
		if kind != c.kind || prog != c.prog {
			t.Errorf("Lookup(%q) = %s %q, want %s %q", c.path, kind, prog, c.kind, c.prog)
		}
	}
}

// TestEveryProgramHasItsFile: each executable name maps to python3 or to a
// file of bin/.
func TestEveryProgramHasItsFile(t *testing.T) {
	for name, prog := range programs {
		if prog == Python {
			continue
		}
		if _, _, ok := Program(prog); !ok {
			t.Errorf("%s runs %s, which has no bin/%s.py", name, prog, prog)
		}
	}
	if _, _, ok := Source("subprocess"); !ok {
		t.Error("no lib/subprocess.py")
	}
	if _, _, ok := Source("../bin/sh"); ok {
		t.Error("Source reads outside lib/")
	}
}
