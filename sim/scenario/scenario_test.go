package scenario

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"zombielab/sim/cpython"
	"zombielab/sim/kernel"
)

const seed = `# title: The seed loop
# title.zh: 种子循环
# lesson: One zombie,
# lesson: a new pid each second.
# lesson.zh: 每秒一个新的僵尸，
# lesson.zh: 永远只有一个。
# zombielab: until=4.5s method=fork
# zombielab: python=3.11 versions=3.8,3.11,3.12,3.13
import multiprocessing as mp
import time

def f():
    pass

if __name__ == '__main__':
    while True:
        p = mp.Process(target=f)
        # checkpoint: before-start
        p.start()

        # a plain comment
        # checkpoint: mid-sleep
        time.sleep(1)
`

func TestParseSeed(t *testing.T) {
	sc, err := Parse("seed-loop.py", []byte(seed))
	if err != nil {
		t.Fatal(err)
	}
	want := &Scenario{
		Name:     "seed-loop.py",
		Title:    map[string]string{"en": "The seed loop", "zh": "种子循环"},
		Lesson:   map[string]string{"en": "One zombie, a new pid each second.", "zh": "每秒一个新的僵尸，永远只有一个。"},
		Until:    4500 * Millisecond,
		Method:   cpython.Fork,
		Python:   cpython.Version{Major: 3, Minor: 11},
		Versions: []cpython.Version{{Major: 3, Minor: 8}, {Major: 3, Minor: 11}, {Major: 3, Minor: 12}, {Major: 3, Minor: 13}},
		Verify:   true,
		Checkpoints: []Checkpoint{
			{Label: "before-start", Line: 19, Comment: 18},
			{Label: "mid-sleep", Line: 23, Comment: 22},
		},
	}
	if !reflect.DeepEqual(sc, want) {
		t.Errorf("got  %+v\nwant %+v", sc, want)
	}
	if l, ok := sc.CheckpointAt(23); !ok || l != "mid-sleep" {
		t.Errorf("CheckpointAt(23) = %q, %v", l, ok)
	}
	if _, ok := sc.CheckpointAt(22); ok {
		t.Errorf("CheckpointAt(22) found a checkpoint on the comment line")
	}
}

func TestParseSettings(t *testing.T) {
	for _, tc := range []struct {
		name  string
		src   string
		check func(*Scenario) bool
	}{
		{"no header", "x = 1\n", func(s *Scenario) bool {
			return s.Until == 0 && s.Method == cpython.MethodDefault && s.Python.IsZero() && s.Verify && s.Init == kernel.InitReapsAtOnce
		}},
		{"spawn", "# zombielab: method=spawn\n", func(s *Scenario) bool { return s.Method == cpython.Spawn }},
		{"forkserver", "# zombielab: method=forkserver\n", func(s *Scenario) bool { return s.Method == cpython.Forkserver }},
		{"until ms", "# zombielab: until=800ms\n", func(s *Scenario) bool { return s.Until == 800*Millisecond }},
		{"until checkpoint", "# zombielab: until=tick#5\nwhile True:\n    # checkpoint: tick\n    x = 1\n", func(s *Scenario) bool {
			return s.Until == 0 && s.UntilCheckpoint == "tick#5"
		}},
		{"until checkpoint, leading zeros dropped", "# zombielab: until=tick#05\n# checkpoint: tick\nx = 1\n", func(s *Scenario) bool { return s.UntilCheckpoint == "tick#5" }},
		{"a later until replaces an earlier one", "# zombielab: until=tick#2\n# zombielab: until=3s\n# checkpoint: tick\nx = 1\n", func(s *Scenario) bool {
			return s.Until == 3*Second && s.UntilCheckpoint == ""
		}},
		{"pid_max with room for main", "# zombielab: pid_max=302 verify=no\n", func(s *Scenario) bool { return s.PidMax == 302 }},
		{"longest until", "# zombielab: until=1000000000s\n", func(s *Scenario) bool { return s.Until == MaxDuration }},
		{"patch level dropped", "# zombielab: python=3.11.7\n", func(s *Scenario) bool { return s.Python == cpython.Version{Major: 3, Minor: 11} }},
		{"init reap", "# zombielab: init=reap\n", func(s *Scenario) bool { return s.Init == kernel.InitReapsAtOnce }},
		{"verify no with reason", "# zombielab: verify=no\n# verify.reason: needs pid 1\n", func(s *Scenario) bool { return !s.Verify && s.VerifyReason == "needs pid 1" }},
		{"simulator-only settings", "# zombielab: pid_max=400 pids_max=64 init=never verify=no\n", func(s *Scenario) bool {
			return s.PidMax == 400 && s.PidsMax == 64 && s.Init == kernel.InitNeverReaps && !s.Verify
		}},
		{"shebang and coding ignored", "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# zombielab: until=1s\n", func(s *Scenario) bool { return s.Until == Second }},
		{"comment with colon later is fine", "x = 1\n# note: title: not a header\n", func(s *Scenario) bool { return len(s.Title) == 0 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc, err := Parse("t.py", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			if !tc.check(sc) {
				t.Errorf("unexpected result %+v", sc)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"bad label", "# checkpoint: a b\nx = 1\n", "t.py:1:15: checkpoint label \"a b\": use letters, digits, - and _ only"},
		{"empty label", "# checkpoint:\nx = 1\n", "t.py:1:1"},
		{"before if", "x = 1\n  # checkpoint: c\nif x:\n    y = 2\n", "t.py:2:3: checkpoint \"c\" is before `if`, whose line events differ between CPython versions (line 3:1): put it before a simple one-line statement"},
		{"before try", "# checkpoint: c\ntry:\n    x = 1\nexcept E:\n    pass\n", "before `try`"},
		{"before while", "# checkpoint: c\nwhile True:\n    x = 1\n", "before `while`"},
		{"before pass", "def f():\n    # checkpoint: c\n    pass\n", "before `pass`"},
		{"before else", "if x:\n    y = 1\n# checkpoint: c\nelse:\n    y = 2\n", "a clause with no line event"},
		{"at end", "x = 1\n# checkpoint: c\n\n", "has no statement after it"},
		{"same statement twice", "# checkpoint: a\n# checkpoint: b\nx = 1\n", "t.py:2:1: checkpoint \"b\" applies to line 3 like \"a\" (line 1): keep one"},
		{"label reused", "# checkpoint: a\nx = 1\n# checkpoint: a\ny = 2\n", "labels must be unique"},
		{"header after code", "x = 1\n# zombielab: until=1s\n", "t.py:2:1: \"zombielab:\" belongs in the header"},
		{"unknown setting", "# zombielab: untill=1s\n", "t.py:1:14: unknown setting untill"},
		{"bad until", "# zombielab: until=4.5\n", "duration \"4.5\""},
		{"until label unknown", "# zombielab: until=tock#3\n# checkpoint: tick\nx = 1\n", "t.py:1:14: until=tock#3: no checkpoint \"tock\" in this file; its checkpoints are tick"},
		{"until label with no checkpoints", "# zombielab: until=tick#3\nx = 1\n", "t.py:1:14: until=tick#3: no checkpoint \"tick\" in this file; the file has no checkpoint: add \"# checkpoint: tick\" before a statement"},
		{"until checkpoint zero", "# zombielab: method=fork until=tick#0\n# checkpoint: tick\nx = 1\n", "t.py:1:26: until=tick#0: N in LABEL#N counts the times the main process reaches the checkpoint, from 1 to 2147483647, such as tick#5"},
		{"until checkpoint no number", "# zombielab: until=tick#\n# checkpoint: tick\nx = 1\n", "t.py:1:14: until=tick#: N in LABEL#N counts"},
		{"until checkpoint negative", "# zombielab: until=tick#-2\n# checkpoint: tick\nx = 1\n", "N in LABEL#N counts"},
		{"until checkpoint overflow", "# zombielab: until=tick#99999999999999999999\n# checkpoint: tick\nx = 1\n", "from 1 to 2147483647"},
		{"until checkpoint bad label", "# zombielab: until=ti/ck#2\n", "t.py:1:14: until=ti/ck#2: want a duration such as 4.5s or a checkpoint LABEL#N"},
		{"until checkpoint no label", "# zombielab: until=#2\n", "want a duration such as 4.5s or a checkpoint LABEL#N"},
		{"until overflows int64", "# zombielab: until=18446744074s\n", "t.py:1:14: duration \"18446744074s\" is too long: at most 1000000000s"},
		{"until overflows when scaled", "# zombielab: until=9300000000s\n", "is too long"},
		{"until with exponent", "# zombielab: until=1e30s\n", "duration \"1e30s\": want a number with s or ms"},
		{"python 2.7", "# zombielab: until=1s python=2.7\n", "t.py:1:23: python 2.7 is not modelled: choose one of 3.8,"},
		{"pid_max leaves no pid for main", "# zombielab: verify=no pid_max=301\n", "t.py:1:24: pid_max=301: the simulated shell takes pid 300, which leaves no pid for the scenario's main process; use 302 or more"},
		{"zero until", "# zombielab: until=0s\n", "until=0"},
		{"bad method", "# zombielab: method=vfork\n", "start method \"vfork\""},
		{"bad method default", "# zombielab: method=default\n", "t.py:1:14: start method \"default\": want fork, spawn or forkserver"},
		{"bad version", "# zombielab: versions=3.8,three\n", "python version \"three\""},
		{"unmodelled version", "# zombielab: versions=3.8,3.7\n", "t.py:1:14: python 3.7 is not modelled: choose one of 3.8,"},
		{"unmodelled python", "# zombielab: until=1s python=3.15\n", "t.py:1:23: python 3.15 is not modelled"},
		{"no value", "# zombielab: until\n", "want key=value"},
		{"bad pid_max", "# zombielab: pid_max=1\n", "pid_max=1"},
		{"bad init", "# zombielab: init=sometimes\n", "want reap or never"},
		{"bad verify", "# zombielab: verify=maybe\n", "want yes or no"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("t.py", []byte(tc.src))
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error\n  %v\nwant it to contain\n  %s", err, tc.want)
			}
		})
	}
}

func TestErrorsAreAllReportedInLineOrder(t *testing.T) {
	src := "# zombielab: method=x\n# checkpoint: a\nx = 1\n# checkpoint: a\ny = 1\n# checkpoint: ?\nz = 1\n"
	_, err := Parse("t.py", []byte(src))
	list, ok := err.(ErrorList)
	if !ok || len(list) != 3 {
		t.Fatalf("got %v, want 3 errors", err)
	}
	for i, line := range []int{1, 4, 6} {
		if list[i].Line != line {
			t.Errorf("error %d on line %d, want %d", i, list[i].Line, line)
		}
	}
}

func TestDuration(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Duration
	}{{"4.5s", 4500 * Millisecond}, {"1s", Second}, {"800ms", 800 * Millisecond}, {"250ms", 250 * Millisecond}, {"12s", 12 * Second}} {
		d, err := ParseDuration(tc.in)
		if err != nil || d != tc.want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", tc.in, d, err, tc.want)
		}
		if d.String() != tc.in {
			t.Errorf("%v.String() = %q, want %q", tc.want, d.String(), tc.in)
		}
	}
	for _, bad := range []string{"", "s", "-1s", "+1s", "1.2.3s", "1m", "1x5s", "1.0000000001s", "18446744074s", "9300000000s", "1000000000.1s", "1e30s", "99999999999999999999999ms"} {
		if _, err := ParseDuration(bad); err == nil {
			t.Errorf("ParseDuration(%q) accepted", bad)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(seed))
	f.Add([]byte("# checkpoint: a\n"))
	f.Add([]byte("# zombielab: until=1.5s versions=3.8\n# checkpoint: x\n  y()\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		sc, err := Parse("f.py", src)
		if err != nil {
			if _, ok := err.(ErrorList); !ok {
				t.Fatalf("error of type %T", err)
			}
			return
		}
		for _, c := range sc.Checkpoints {
			if c.Line <= c.Comment || !validLabel(c.Label) {
				t.Fatalf("bad checkpoint %+v", c)
			}
		}
	})
}

func ExampleParse() {
	src := `# title: Join after start
# zombielab: until=3s method=spawn
import multiprocessing as mp

if __name__ == '__main__':
    p = mp.Process(target=print)
    p.start()
    # checkpoint: joined
    p.join()
`
	sc, err := Parse("join.py", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(sc.Title["en"], sc.Until, sc.Method, sc.Until.Milliseconds())
	for _, c := range sc.Checkpoints {
		fmt.Printf("%s applies to line %d\n", c.Label, c.Line)
	}
	_, err = Parse("bad.py", []byte("# checkpoint: x\nif True:\n    pass\n"))
	fmt.Println(err)
	// Output:
	// Join after start 3s spawn 3000
	// joined applies to line 9
	// bad.py:1:1: checkpoint "x" is before `if`, whose line events differ between CPython versions (line 2:1): put it before a simple one-line statement
}

func TestMeantFor(t *testing.T) {
	v311, v313 := cpython.Version{Major: 3, Minor: 11}, cpython.Version{Major: 3, Minor: 13}
	unlisted := &Scenario{}
	listed := &Scenario{Versions: []cpython.Version{v311}}
	if !unlisted.MeantFor(v313) || !listed.MeantFor(v311) || listed.MeantFor(v313) {
		t.Errorf("MeantFor: no versions= %v, 3.11 of 3.11 %v, 3.13 of 3.11 %v", unlisted.MeantFor(v313), listed.MeantFor(v311), listed.MeantFor(v313))
	}
}
