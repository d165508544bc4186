package sim

import (
	"strings"
	"testing"

	"zombielab/sim/cpython"
	"zombielab/sim/kernel"
)

// TestLoadTypedSettings: the header's python=, method= and init= reach
// Options as the types the run uses, and the caller's overrides win.
func TestLoadTypedSettings(t *testing.T) {
	const header = "# zombielab: python=3.8 method=spawn init=never pids_max=64 until=2s verify=no\nx = 1\n"
	for _, tc := range []struct {
		name   string
		src    string
		o      Overrides
		python cpython.Version
		method cpython.StartMethod
		init   kernel.InitPolicy
		until  kernel.Duration
	}{
		{"no header", "x = 1\n", Overrides{},
			cpython.Default(), cpython.MethodDefault, kernel.InitReapsAtOnce, 0},
		{"header", header, Overrides{},
			cpython.Version{Major: 3, Minor: 8}, cpython.Spawn, kernel.InitNeverReaps, 2 * kernel.Second},
		{"overrides win", header, Overrides{Python: cpython.Version{Major: 3, Minor: 14}, Method: cpython.Forkserver, Until: kernel.Second},
			cpython.Version{Major: 3, Minor: 14}, cpython.Forkserver, kernel.InitNeverReaps, kernel.Second},
		{"init=reap", "# zombielab: init=reap method=fork\n", Overrides{Python: cpython.Version{Major: 3, Minor: 11}},
			cpython.Version{Major: 3, Minor: 11}, cpython.Fork, kernel.InitReapsAtOnce, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opt, sc, err := Load("t.py", []byte(tc.src), tc.o)
			if err != nil {
				t.Fatal(err)
			}
			if opt.Python != tc.python || opt.Method != tc.method || opt.Kernel.Init != tc.init || opt.Until != tc.until {
				t.Errorf("python %v method %v init %v until %v; want %v %v %v %v",
					opt.Python, opt.Method, opt.Kernel.Init, opt.Until, tc.python, tc.method, tc.init, tc.until)
			}
			if opt.Kernel.PidsLimit != sc.PidsMax {
				t.Errorf("pids limit %d, want the header's %d", opt.Kernel.PidsLimit, sc.PidsMax)
			}
		})
	}
}

// TestLoadRejectsUnmodelledPython: the scenario's own python= is checked
// where it is written, with its position.
func TestLoadRejectsUnmodelledPython(t *testing.T) {
	_, _, err := Load("t.py", []byte("# zombielab: python=3.7\n"), Overrides{})
	want := "t.py:1:14: python 3.7 is not modelled: choose one of 3.8, 3.9, 3.10, 3.11, 3.12, 3.13, 3.14"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
}

// TestMethodSetsStartMethod: a method in Options becomes the main process's
// default start method before its first line.
func TestMethodSetsStartMethod(t *testing.T) {
	src := []byte("import multiprocessing\nprint(multiprocessing.get_start_method())\n")
	for _, m := range []cpython.StartMethod{cpython.MethodDefault, cpython.Spawn} {
		opt, _, err := Load("t.py", src, Overrides{Python: cpython.Version{Major: 3, Minor: 14}, Method: m})
		if err != nil {
			t.Fatal(err)
		}
		s, err := New(opt)
		if err != nil {
			t.Fatal(err)
		}
		s.RunToEnd()
		want := m
		if m == cpython.MethodDefault {
			want = opt.Python.DefaultMethod()
		}
		if out := terminalText(s); !strings.HasPrefix(out, "--- stdout\n"+want.String()+"\n--- stderr\n") {
			t.Errorf("method %v: the run printed\n%s\nwant %s on stdout", m, out, want)
		}
	}
}
