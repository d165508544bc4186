// Package golden compares what a test produced with a golden file kept
// beside the test, and rewrites the file when the test binary runs with
// the repository's one -update flag:
//
//	go test ./sim/kernel -update    # rewrite, then review the diff with git
//
// Every package's golden tests use it, so the flag, the messages and the
// way a file is rewritten are the same everywhere. It is for tests only
// (it reads and writes files); sim/ code never imports it outside tests.
package golden

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Update is the -update flag: rewrite golden files instead of comparing.
var Update = flag.Bool("update", false, "rewrite the golden files with what the tests produce, then review the diff")

// Check compares got with the golden file at path (relative to the test's
// package directory) or, with -update, writes it, creating its directory.
// A difference fails the test with the first differing line and the
// command that rewrites the file; hint, if given, adds how to reproduce
// the output by hand.
func Check(t testing.TB, path string, got []byte, hint ...string) {
	t.Helper()
	if *Update {
		Write(t, path, got)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	if string(want) == string(got) {
		return
	}
	msg := fmt.Sprintf("%s differs from the golden file at %s; go test -update rewrites it (review the diff)", path, FirstDiff(string(want), string(got)))
	if len(hint) > 0 {
		msg += "\nreproduce: " + strings.Join(hint, " ")
	}
	t.Error(msg)
}

// CheckString is Check for text.
func CheckString(t testing.TB, path, got string, hint ...string) {
	t.Helper()
	Check(t, path, []byte(got), hint...)
}

// Write writes a golden file, creating its directory: for tests that
// rewrite a file of their own format (a script with its outputs).
func Write(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// FirstDiff describes the first line at which want and got differ:
// "line 12:\nwant …\n got …".
func FirstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for k := range max(len(w), len(g)) {
		a, b := "<end of file>", "<end of file>"
		if k < len(w) {
			a = w[k]
		}
		if k < len(g) {
			b = g[k]
		}
		if a != b {
			return fmt.Sprintf("line %d:\nwant %q\n got %q", k+1, a, b)
		}
	}
	return "the end (no line differs)"
}
