// This file tests the Host contract directly: a blocked call is retried
// with the same arguments and not consumed, errno values become the right
// exception classes, and sys.version_info follows the modelled version.

package pyvm

import (
	"fmt"
	"strings"
	"testing"
)

// blockingHost blocks Waitpid a number of times before answering.
type blockingHost struct {
	fakeProc
	blocks int
	calls  []string
}

func (h *blockingHost) Waitpid(pid, options int) (int, int, error) {
	h.calls = append(h.calls, fmt.Sprint("waitpid ", pid, " ", options))
	if h.blocks > 0 {
		h.blocks--
		return 0, 0, ErrBlocked
	}
	return pid, 7 << 8, nil
}

func TestBlockedCallIsRetried(t *testing.T) {
	s := newFakeSys()
	h := &blockingHost{blocks: 3}
	h.fakeProc = *s.newProc(1)
	in := New(Config{Host: h})
	if err := in.RunMain("p.py", []byte("import os\nr = os.waitpid(5, 0)\nprint(r)\n"), "__main__"); err != nil {
		t.Fatal(err)
	}
	var stops []Stop
	for i := 0; i < 20; i++ {
		st := in.Run(0)
		stops = append(stops, st)
		if st == StopBlocked {
			if fs := in.Frames(); fs[len(fs)-1].Line != 2 {
				t.Errorf("blocked at line %d, want 2", fs[len(fs)-1].Line)
			}
		}
		if st == StopExited {
			break
		}
	}
	want := []Stop{StopLine, StopLine, StopBlocked, StopBlocked, StopBlocked, StopLine, StopExited}
	if len(stops) != len(want) {
		t.Fatalf("stops = %v, want %v", stops, want)
	}
	for i := range want {
		if stops[i] != want[i] {
			t.Fatalf("stops = %v, want %v", stops, want)
		}
	}
	if len(h.calls) != 4 || s.stdout.String() != "(5, 1792)\n" {
		t.Errorf("calls %v, stdout %q", h.calls, s.stdout.String())
	}
}

func TestErrnoExceptions(t *testing.T) {
	cases := []struct {
		errno Errno
		class string
		str   string
	}{
		{ECHILD, "ChildProcessError", "[Errno 10] No child processes"},
		{ESRCH, "ProcessLookupError", "[Errno 3] No such process"},
		{EAGAIN, "BlockingIOError", "[Errno 11] Resource temporarily unavailable"},
		{EINTR, "InterruptedError", "[Errno 4] Interrupted system call"},
		{EPIPE, "BrokenPipeError", "[Errno 32] Broken pipe"},
		{EBADF, "OSError", "[Errno 9] Bad file descriptor"},
		{EINVAL, "OSError", "[Errno 22] Invalid argument"},
		{EPERM, "PermissionError", "[Errno 1] Operation not permitted"},
	}
	for _, tc := range cases {
		t.Run(tc.errno.Name(), func(t *testing.T) {
			err := osError(tc.errno).(*PyError)
			if err.Exc.cls.name != tc.class || excStr(err.Exc) != tc.str {
				t.Errorf("got %s: %s", err.Exc.cls.name, excStr(err.Exc))
			}
			if !isSubclass(err.Exc.cls, osErrorClass) {
				t.Error("not an OSError")
			}
		})
	}
}

func TestVersionInfo(t *testing.T) {
	for _, tc := range []struct {
		v    Version
		want string
	}{
		{Py38, "(3, 8, 18) 3 8 True"},
		{Py311, "(3, 11, 7) 3 11 True"},
		{Py312, "(3, 12, 1) 3 12 True"},
		{Py313, "(3, 13, 0) 3 13 True"},
		{Py314, "(3, 14, 0) 3 14 False"},
	} {
		t.Run(tc.v.String(), func(t *testing.T) {
			r := runSource(t, "import sys\nv = sys.version_info\nprint(v[:3], v.major, v.minor, v < (3, 14))\n", Config{Version: tc.v})
			if got := strings.TrimSpace(r.stdout); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
