package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestProfiled: ZOMBIELAB_CPUPROFILE gets a CPU profile of the command and
// keeps its exit status; a path that cannot be written is a clear error.
func TestProfiled(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cpu.prof")
	t.Setenv("ZOMBIELAB_CPUPROFILE", path)
	if got := profiled(func() int { return 3 }); got != 3 {
		t.Errorf("exit status %d, want the command's 3", got)
	}
	if st, err := os.Stat(path); err != nil || st.Size() == 0 {
		t.Errorf("no profile written: %v", err)
	}
	t.Setenv("ZOMBIELAB_CPUPROFILE", filepath.Join(t.TempDir(), "missing", "cpu.prof"))
	ran := false
	if got := profiled(func() int { ran = true; return 0 }); got != 2 || ran {
		t.Errorf("unwritable profile: status %d, ran %v; want 2 and not run", got, ran)
	}
	t.Setenv("ZOMBIELAB_CPUPROFILE", "")
	if got := profiled(func() int { return 5 }); got != 5 {
		t.Errorf("without a profile: status %d, want 5", got)
	}
}
