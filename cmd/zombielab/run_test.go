// The CLI as a user runs it: dispatch, flags, exit statuses and messages.

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zombielab/sim"
	"zombielab/sim/kernel"
)

func writeTemp(t *testing.T, name, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunCommand(t *testing.T) {
	forkProg := "import os\npid = os.fork()\nif pid == 0:\n    print('child')\n    os._exit(7)\n_, st = os.waitpid(pid, 0)\nprint('status', os.WEXITSTATUS(st))\n"
	cases := []struct {
		name       string
		args       func(t *testing.T) []string
		wantCode   int
		wantOut    []string // substrings of stdout
		wantErr    []string // substrings of stderr
		notInOut   []string
		checkJSONL bool
	}{
		{name: "gallery scenario prints its output",
			args:    func(*testing.T) []string { return []string{"run", "fork-waitpid"} },
			wantOut: []string{"WNOHANG while running: (0, 0)", "exit status 3", "blocking wait returned True"}},
		{name: "file with fork and waitpid",
			args:    func(t *testing.T) []string { return []string{"run", writeTemp(t, "f.py", forkProg)} },
			wantOut: []string{"child\n", "status 7\n"}},
		{name: "exit status of the main process",
			args:     func(t *testing.T) []string { return []string{"run", writeTemp(t, "e.py", "import sys\nsys.exit(4)\n")} },
			wantCode: 4},
		{name: "uncaught exception gives a traceback and 1",
			args: func(t *testing.T) []string {
				return []string{"run", writeTemp(t, "x.py", "def f():\n    raise ValueError('no')\nf()\n")}
			},
			wantCode: 1,
			wantErr:  []string{"Traceback (most recent call last):", `File "x.py", line 3, in <module>`, "ValueError: no"}},
		{name: "flags after the file name; trace lines",
			args:    func(*testing.T) []string { return []string{"run", "seed-loop", "--python", "3.11", "--trace"} },
			wantOut: []string{"line seed-loop.py:", "fork →", "zombie", "reap"}},
		{name: "ps at a time shows the zombie",
			args:    func(*testing.T) []string { return []string{"run", "seed-loop", "--ps-at", "1.5s"} },
			wantOut: []string{"PID", "PPID", "STAT", "Z", "<defunct>"}},
		{name: "checkpoints are JSON lines",
			args:       func(*testing.T) []string { return []string{"run", "seed-loop", "--checkpoints"} },
			wantOut:    []string{`"label":"before-start#2"`, `"state":"zombie"`},
			checkJSONL: true},
		{name: "syntax error names file, line and column",
			args:     func(t *testing.T) []string { return []string{"run", writeTemp(t, "bad.py", "def f(:\n    pass\n")} },
			wantCode: 2,
			wantErr:  []string{"bad.py:1:7: invalid syntax"}},
		{name: "unsupported construct is named with what is supported",
			args: func(t *testing.T) []string {
				return []string{"run", writeTemp(t, "w.py", "async def f():\n    pass\n")}
			},
			wantCode: 2,
			wantErr:  []string{"w.py:1:1: async def, async for and async with", "not supported by the simulator (supported:"}},
		{name: "a program that never ends stops at the step cap with a message",
			args: func(t *testing.T) []string {
				return []string{"run", writeTemp(t, "inf.py", "while True:\n    pass\n"), "--step-cap", "5000"}
			},
			wantCode: 1,
			wantErr:  []string{"stopped at the step cap (5000 executed lines;"}},
		{name: "native work in one line stops at the step cap, not a MemoryError",
			args: func(t *testing.T) []string {
				return []string{"run", writeTemp(t, "sum.py", "print(sum(range(10**11)))\n"), "--step-cap", "5000"}
			},
			wantCode: 1,
			wantErr:  []string{"stopped at the step cap (5000 executed lines;"}},
		{name: "until bounds a loop",
			args: func(t *testing.T) []string {
				return []string{"run", writeTemp(t, "u.py", "import time\nwhile True:\n    time.sleep(1)\n"), "--until", "3s"}
			},
			wantCode: 0},
		{name: "unknown scenario lists the gallery",
			args:     func(*testing.T) []string { return []string{"run", "no-such-thing"} },
			wantCode: 2,
			wantErr:  []string{"neither a .py file nor a gallery scenario", "seed-loop"}},
		{name: "unmodelled python version",
			args:     func(*testing.T) []string { return []string{"run", "seed-loop", "--python", "2.7"} },
			wantCode: 2,
			wantErr:  []string{"--python: python 2.7 is not modelled"}},
		{name: "bad start method",
			args:     func(*testing.T) []string { return []string{"run", "seed-loop", "--method", "vfork"} },
			wantCode: 2,
			wantErr:  []string{`--method: start method "vfork": want fork, spawn or forkserver`}},
		// Hostile flags and headers (issue 17): each a clear message and 2.
		{name: "until too long to add to the clock",
			args:     func(*testing.T) []string { return []string{"run", "seed-loop", "--until", "18446744074s"} },
			wantCode: 2,
			wantErr:  []string{`--until: duration "18446744074s" is too long: at most 1000000000s`}},
		{name: "until that overflows when scaled",
			args:     func(*testing.T) []string { return []string{"run", "seed-loop", "--until", "9300000000s"} },
			wantCode: 2,
			wantErr:  []string{`--until: duration "9300000000s" is too long`}},
		{name: "until with an exponent",
			args:     func(*testing.T) []string { return []string{"run", "seed-loop", "--until", "1e30s"} },
			wantCode: 2,
			wantErr:  []string{`--until: duration "1e30s": want a number with s or ms, such as 4.5s`}},
		{name: "ps-at too late",
			args:     func(*testing.T) []string { return []string{"run", "seed-loop", "--ps-at", "9999999999999ms"} },
			wantCode: 2,
			wantErr:  []string{`--ps-at: duration "9999999999999ms" is too long`}},
		{name: "until zero",
			args:     func(*testing.T) []string { return []string{"run", "seed-loop", "--until", "0s"} },
			wantCode: 2,
			wantErr:  []string{"--until 0s: want a time after the first line"}},
		{name: "negative step cap",
			args:     func(*testing.T) []string { return []string{"run", "seed-loop", "--step-cap", "-1"} },
			wantCode: 2,
			wantErr:  []string{"--step-cap -1: want a number of executed lines, at least 1"}},
		{name: "zero step cap",
			args:     func(*testing.T) []string { return []string{"run", "seed-loop", "--step-cap", "0"} },
			wantCode: 2,
			wantErr:  []string{"--step-cap 0: want a number of executed lines, at least 1"}},
		{name: "seed 2**64",
			args:     func(*testing.T) []string { return []string{"run", "seed-loop", "--seed", "18446744073709551616"} },
			wantCode: 2,
			wantErr:  []string{`invalid value "18446744073709551616" for flag -seed: want a whole number from 0 to 18446744073709551615`}},
		{name: "negative seed",
			args:     func(*testing.T) []string { return []string{"run", "seed-loop", "--seed", "-3"} },
			wantCode: 2,
			wantErr:  []string{`invalid value "-3" for flag -seed: want a whole number from 0 to`}},
		{name: "largest seed",
			args:     func(*testing.T) []string { return []string{"run", "fork-waitpid", "--seed", "18446744073709551615"} },
			wantCode: 0},
		{name: "python 2.7 header has file, line and column",
			args: func(t *testing.T) []string {
				return []string{"run", writeTemp(t, "p.py", "# zombielab: python=2.7\nx = 1\n")}
			},
			wantCode: 2,
			wantErr:  []string{"p.py:1:14: python 2.7 is not modelled: choose one of 3.8"}},
		{name: "pid_max=301 header says why",
			args: func(t *testing.T) []string {
				return []string{"run", writeTemp(t, "m.py", "# zombielab: verify=no pid_max=301\nx = 1\n")}
			},
			wantCode: 2,
			wantErr:  []string{"m.py:1:24: pid_max=301: the simulated shell takes pid 300, which leaves no pid for the scenario's main process; use 302 or more"}},
		{name: "pid_max=302 runs",
			args: func(t *testing.T) []string {
				return []string{"run", writeTemp(t, "m.py", "# zombielab: verify=no pid_max=302\nprint('ok')\n")}
			},
			wantCode: 0,
			wantOut:  []string{"ok\n"}},
		{name: "until=LABEL#N stops after that snapshot",
			args: func(t *testing.T) []string {
				return []string{"run", writeTemp(t, "c.py", "# zombielab: until=tick#3\nimport time\nwhile True:\n    # checkpoint: tick\n    time.sleep(1)\n"), "--checkpoints"}
			},
			wantCode:   0,
			wantOut:    []string{`"label":"tick#3"`},
			notInOut:   []string{`"label":"tick#4"`},
			checkJSONL: true},
		{name: "an explicit --until replaces until=LABEL#N",
			args: func(t *testing.T) []string {
				return []string{"run", writeTemp(t, "c.py", "# zombielab: until=tick#2\nimport time\nwhile True:\n    # checkpoint: tick\n    time.sleep(1)\n"), "--checkpoints", "--until", "3500ms"}
			},
			wantCode: 0,
			wantOut:  []string{`"label":"tick#4"`},
			notInOut: []string{`"label":"tick#5"`}},
		{name: "verify --python 2.7 says what the probe needs",
			args:     func(*testing.T) []string { return []string{"verify", "--python", "2.7", "seed-loop"} },
			wantCode: 2,
			wantErr:  []string{"zombielab verify: --python 2.7: the probe needs CPython 3.8 or newer"}},
		{name: "unknown command",
			args:     func(*testing.T) []string { return []string{"frobnicate"} },
			wantCode: 2,
			wantErr:  []string{`unknown command "frobnicate"`, "run", "verify", "serve"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := dispatch(c.args(t), &out, &errb)
			if code != c.wantCode {
				t.Errorf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", code, c.wantCode, out.String(), errb.String())
			}
			for _, w := range c.wantOut {
				if !strings.Contains(out.String(), w) {
					t.Errorf("stdout lacks %q:\n%s", w, out.String())
				}
			}
			for _, w := range c.notInOut {
				if strings.Contains(out.String(), w) {
					t.Errorf("stdout has %q:\n%s", w, out.String())
				}
			}
			for _, w := range c.wantErr {
				if !strings.Contains(errb.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, errb.String())
				}
			}
			if c.checkJSONL {
				for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
					var v map[string]any
					if err := json.Unmarshal([]byte(line), &v); err != nil {
						t.Errorf("not a JSON line: %q: %v", line, err)
					}
				}
			}
		})
	}
}

func TestRunJSONIsOneDocument(t *testing.T) {
	var out, errb bytes.Buffer
	if code := dispatch([]string{"run", "fork-waitpid", "--json"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var doc struct {
		Records []struct {
			Kind string `json:"kind"`
		} `json:"records"`
		Checkpoints []any `json:"checkpoints"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, r := range doc.Records {
		kinds[r.Kind]++
	}
	for _, k := range []string{"line", "kernel", "output", "stop"} {
		if kinds[k] == 0 {
			t.Errorf("no %q records in --json output (kinds: %v)", k, kinds)
		}
	}
	if len(doc.Checkpoints) != 5 {
		t.Errorf("%d checkpoints, want 5", len(doc.Checkpoints))
	}
}

// TestRunJSONStreamsCheckpoints: a --json run long enough for the run to
// forget what it has written (three chunks of records and more) still ends
// with every checkpoint, as a run that keeps its whole trace has them.
func TestRunJSONStreamsCheckpoints(t *testing.T) {
	var out, errb bytes.Buffer
	if code := dispatch([]string{"run", "seed-loop", "--json", "--until", "1300s"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var doc struct {
		Records     []json.RawMessage `json:"records"`
		Checkpoints json.RawMessage   `json:"checkpoints"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	src, err := galleryScenario("seed-loop")
	if err != nil {
		t.Fatal(err)
	}
	opt, _, err := sim.Load("seed-loop", src, sim.Overrides{Until: 1300 * kernel.Second})
	if err != nil {
		t.Fatal(err)
	}
	s, err := sim.New(opt)
	if err != nil {
		t.Fatal(err)
	}
	s.RunToEnd()
	if len(doc.Records) != s.Trace().Len() || len(doc.Records) < 3<<16 {
		t.Fatalf("%d records, want %d (more than three chunks)", len(doc.Records), s.Trace().Len())
	}
	want, err := json.Marshal(s.Checkpoints())
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Checkpoints()) < 1000 || !bytes.Equal(doc.Checkpoints, want) {
		t.Errorf("checkpoints:\n%.300s…\nwant (%d of them):\n%.300s…", doc.Checkpoints, len(s.Checkpoints()), want)
	}
}
