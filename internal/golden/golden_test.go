package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFirstDiff(t *testing.T) {
	tests := []struct {
		name, want, got, diff string
	}{
		{"changed line", "a\nb\nc", "a\nx\nc", "line 2:\nwant \"b\"\n got \"x\""},
		{"longer", "a", "a\nb", "line 2:\nwant \"<end of file>\"\n got \"b\""},
		{"shorter", "a\nb", "a", "line 2:\nwant \"b\"\n got \"<end of file>\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FirstDiff(tc.want, tc.got); got != tc.diff {
				t.Errorf("FirstDiff = %q, want %q", got, tc.diff)
			}
		})
	}
}

// recorder is a testing.TB that keeps what Check reports.
type recorder struct {
	testing.TB
	msgs []string
}

func (r *recorder) Helper()                   {}
func (r *recorder) Error(args ...any)         { r.msgs = append(r.msgs, strings.TrimSpace(sprint(args))) }
func (r *recorder) Fatalf(f string, a ...any) { r.msgs = append(r.msgs, f) }

func sprint(args []any) string {
	var b strings.Builder
	for _, a := range args {
		b.WriteString(a.(string))
	}
	return b.String()
}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "x.golden")
	r := &recorder{TB: t}
	Check(r, path, []byte("x"))
	if len(r.msgs) == 0 || !strings.Contains(r.msgs[0], "-update creates it") {
		t.Fatalf("missing file: %q", r.msgs)
	}
	Write(t, path, []byte("one\ntwo\n"))
	r.msgs = nil
	CheckString(r, path, "one\ntwo\n")
	if len(r.msgs) != 0 {
		t.Fatalf("equal content reported: %q", r.msgs)
	}
	CheckString(r, path, "one\nthree\n", "go run ./cmd/zombielab run x")
	if len(r.msgs) != 1 || !strings.Contains(r.msgs[0], "line 2") || !strings.Contains(r.msgs[0], "reproduce: go run") {
		t.Fatalf("difference reported as %q", r.msgs)
	}
	if b, _ := os.ReadFile(path); string(b) != "one\ntwo\n" {
		t.Fatalf("Check without -update changed the file: %q", b)
	}
}
