// This file tests how a process ends: CPython's SystemExit rules
// (Python/pythonrun.c, handle_system_exit), an uncaught exception, a
// KeyboardInterrupt (death by SIGINT after the traceback), os._exit, and
// the order of atexit handlers.

package pyvm

import (
	"strings"
	"testing"
)

func TestExitStatus(t *testing.T) {
	cases := []struct {
		name, src string
		status    int // wait status as passed to Host.Exit
		stderr    string
	}{
		{"end of main", "x = 1\n", 0, ""},
		{"sys.exit()", "import sys\nsys.exit()\n", 0, ""},
		{"sys.exit(None)", "import sys\nsys.exit(None)\n", 0, ""},
		{"sys.exit(3)", "import sys\nsys.exit(3)\n", 3 << 8, ""},
		{"sys.exit(256) wraps", "import sys\nsys.exit(256)\n", 0, ""},
		{"sys.exit(-1)", "import sys\nsys.exit(-1)\n", 255 << 8, ""},
		{"sys.exit(True)", "import sys\nsys.exit(True)\n", 1 << 8, ""},
		{"sys.exit(msg)", "import sys\nsys.exit('bye')\n", 1 << 8, "bye\n"},
		{"raise SystemExit(2)", "raise SystemExit(2)\n", 2 << 8, ""},
		{"uncaught", "def f():\n    raise ValueError('v')\nf()\n", 1 << 8,
			"Traceback (most recent call last):\n  File \"p.py\", line 3, in <module>\n    f()\n  File \"p.py\", line 2, in f\n    raise ValueError('v')\nValueError: v\n"},
		{"KeyboardInterrupt", "raise KeyboardInterrupt\n", 2,
			"Traceback (most recent call last):\n  File \"p.py\", line 1, in <module>\n    raise KeyboardInterrupt\nKeyboardInterrupt\n"},
		{"os._exit skips atexit", "import os, atexit\natexit.register(print, 'no')\nos._exit(5)\n", 5 << 8, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newFakeSys()
			p, err := s.spawn("p.py", tc.src, Config{})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.run(1000); err != nil {
				t.Fatal(err)
			}
			if p.status != tc.status || s.stderr.String() != tc.stderr {
				t.Errorf("status %#x stderr %q, want %#x %q", p.status, s.stderr.String(), tc.status, tc.stderr)
			}
			if strings.Contains(s.stdout.String(), "no") {
				t.Error("atexit ran after os._exit")
			}
		})
	}
}

func TestAtexitOrder(t *testing.T) {
	r := runSource(t, "import atexit\nfor i in range(3):\n    atexit.register(print, 'h', i)\natexit.unregister(print)\natexit.register(print, 'last registered, first run')\natexit.register(lambda: print('lambda'))\n", Config{})
	if want := "lambda\nlast registered, first run\n"; r.stdout != want {
		t.Errorf("stdout %q, want %q", r.stdout, want)
	}
}
