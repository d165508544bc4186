package testbudget

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBudget: runs start until Margin before the deadline, never
// after it; an unlimited budget starts them all; what did not start is
// written to $ZOMBIELAB_LIVE_SKIPPED.
func TestBudget(t *testing.T) {
	far := newBudget(t, time.Now().Add(time.Hour), true)
	near := newBudget(t, time.Now().Add(Margin-time.Second), true)
	full := newBudget(t, time.Now(), false)
	for range 3 {
		if !far.Allow() || near.Allow() || !full.Allow() {
			t.Fatalf("far %v near %v full %v", far.Skipped(), near.Skipped(), full.Skipped())
		}
	}
	if far.Skipped() != 0 || near.Skipped() != 3 || full.Skipped() != 0 {
		t.Errorf("skipped: far %d, near %d, full %d", far.Skipped(), near.Skipped(), full.Skipped())
	}
	file := filepath.Join(t.TempDir(), "skipped")
	t.Setenv("ZOMBIELAB_LIVE_SKIPPED", file)
	near.Report()
	far.Report()
	b, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(b), "3 of 3 runs not started") || strings.Count(string(b), "\n") != 1 {
		t.Errorf("the skipped file says %q (%v)", b, err)
	}
}
