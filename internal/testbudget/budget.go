// Package testbudget lets a test that starts many slow, independent runs
// (real CPython processes, headless Chromium pages, every corpus program
// simulated twice) fit go test's default
// ten-minute deadline on a busy machine: it stops starting them before
// the deadline and says so, and a CI script runs that test again with all
// the time it needs. It is for tests only.
package testbudget

import (
	"fmt"
	"os"
	"sync"
	"testing"
	"time"
)

// Margin is how long before the test binary's deadline a Budget stops
// starting runs: room for the runs in flight and for the package's tests
// that come after (the budgeted tests are placed last where they can be).
const Margin = 180 * time.Second

// Budget tells a test that starts many slow runs when to stop starting
// them: Margin before the test binary's deadline (go test's
// -timeout, ten minutes by default), so that on a busy machine the package
// ends with the runs it managed, each still compared in full, rather than
// with a timeout panic that reports nothing. With ZOMBIELAB_LIVE_FULL=1
// every run starts whatever the deadline. Runs not started are logged and,
// when ZOMBIELAB_LIVE_SKIPPED names a file, counted in it, so that a CI
// script can run that test again with a longer -timeout (.ci/run does).
type Budget struct {
	t       testing.TB
	cutoff  time.Time
	limited bool

	mu             sync.Mutex
	total, skipped int
}

// New starts the budget of t; call Report when the runs are done.
func New(t *testing.T) *Budget {
	d, ok := t.Deadline()
	return newBudget(t, d, ok && os.Getenv("ZOMBIELAB_LIVE_FULL") != "1")
}

func newBudget(t testing.TB, deadline time.Time, limited bool) *Budget {
	return &Budget{t: t, cutoff: deadline.Add(-Margin), limited: limited}
}

// Allow counts a run and reports whether it may start.
func (b *Budget) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.total++
	if b.limited && time.Now().After(b.cutoff) {
		b.skipped++
		return false
	}
	return true
}

// Skipped reports how many runs were not started so far.
func (b *Budget) Skipped() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.skipped
}

// Report says how many runs did not start, in the log and in
// $ZOMBIELAB_LIVE_SKIPPED.
func (b *Budget) Report() {
	b.t.Helper()
	n, total := b.Skipped(), b.total
	if n == 0 {
		return
	}
	msg := fmt.Sprintf("%s: %d of %d runs not started: the test binary's deadline was less than %v away (a busy machine); ZOMBIELAB_LIVE_FULL=1 with a longer -timeout runs them all", b.t.Name(), n, total, Margin)
	b.t.Log(msg)
	if path := os.Getenv("ZOMBIELAB_LIVE_SKIPPED"); path != "" {
		f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			b.t.Errorf("ZOMBIELAB_LIVE_SKIPPED: %v", err)
			return
		}
		defer f.Close()
		fmt.Fprintln(f, msg)
	}
}

// Run runs f as subtest name of t if the budget allows, and reports
// whether it did.
func (b *Budget) Run(t *testing.T, name string, f func(t *testing.T)) bool {
	t.Helper()
	if !b.Allow() {
		return false
	}
	return t.Run(name, f)
}
