// This file tests the work budget: one line doing huge native work stops
// the interpreter (StopCapped) within the budget, Python code cannot catch
// it, and work that fits leaves the program unchanged.

package pyvm

import (
	"strings"
	"testing"
)

// runBudget runs src's main process with a work budget until it stops for
// good, and returns why and the budget left.
func runBudget(t *testing.T, src string, budget int64) (Stop, int64, string) {
	t.Helper()
	s := newFakeSys()
	p, err := s.spawn("prog.py", src, Config{internal: true})
	if err != nil {
		t.Fatal(err)
	}
	p.in.SetWorkBudget(budget)
	for lines := 0; lines < 100000; lines++ {
		switch stop := p.in.Run(1 << 20); stop {
		case StopExited, StopCapped:
			return stop, p.in.WorkBudget(), s.stdout.String()
		case StopBlocked:
			t.Fatalf("blocked")
		}
	}
	t.Fatalf("no end after 100000 lines")
	return 0, 0, ""
}

func TestWorkBudgetStopsNativeWork(t *testing.T) {
	cases := []struct{ name, src string }{
		{"sum of a huge range", "print(sum(range(10**11)))\n"},
		{"max of a huge range", "print(max(range(10**11)))\n"},
		{"list of a huge range", "print(len(list(range(10**11))))\n"},
		{"join of a huge map", "print(len('x'.join(map(str, range(10**11)))))\n"},
		{"all over a huge map", "print(all(map(bool, range(1, 10**11))))\n"},
		{"sorted with a key", "xs = list(range(1000))\nxs = sorted(xs, key=lambda v: [v for _ in range(10**9)])\n"},
		{"a loop in __eq__", "class A:\n    def __eq__(self, o):\n        while True:\n            pass\n" +
			"print(A() in [A()])\n"},
		{"a loop in __repr__", "class A:\n    def __repr__(self):\n        while True:\n            pass\n" +
			"print([A()])\n"},
		{"caught nowhere", "try:\n    sum(range(10**11))\nexcept BaseException:\n    print('caught')\n"},
		{"repr of a long list in a loop", "x = list(range(100000))\nwhile True:\n    s = repr(x)\n"},
		{"list repeated", "x = [0] * 4000000\nwhile True:\n    y = x * 1\n"},
		// re's matcher (mod_sre.go) backtracking exponentially: (a|aa)*c.
		{"catastrophic regex", "from _zombielab import sre_compile\n" +
			"p = sre_compile([[('rep', ('group', 1, [[('lit', 'a')], [('lit', 'a'), ('lit', 'a')]]), 0, 4294967295, True), ('lit', 'c')]], 0, 1)\n" +
			"print(p(0, 'a' * 60, 0, 60, 0))\n"},
		{"long single-character repeat", "from _zombielab import sre_compile\n" +
			"p = sre_compile([[('rep', ('any',), 0, 4294967295, True), ('lit', 'c')]], 0, 0)\n" +
			"s = 'a' * 10**6\nwhile True:\n    p(2, s, 0, len(s), 0)\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			stop, left, out := runBudget(t, c.src, 1_000_000)
			if stop != StopCapped {
				t.Fatalf("stop = %v (budget left %d, stdout %q), want capped", stop, left, out)
			}
			if left >= 0 {
				t.Errorf("budget left %d after capping", left)
			}
			if strings.Contains(out, "caught") {
				t.Errorf("Python caught the cap: %q", out)
			}
		})
	}
}

func TestWorkBudgetLeavesSmallWorkAlone(t *testing.T) {
	src := "print(sum(range(1000)), max(range(5)), min([3, 1, 2]), min(4, 2, 3), max([], default='d'))\n" +
		"print(sorted([3, 1, 2], key=lambda v: -v), 'x'.join(map(str, range(3))))\n" +
		"try:\n    min([])\nexcept ValueError as e:\n    print(e)\n" +
		"print(len(list(range(5 * 10**6))) if False else 'ok')\n"
	stop, left, out := runBudget(t, src, 1_000_000)
	if stop != StopExited {
		t.Fatalf("stop = %v, want exited", stop)
	}
	want := "499500 4 1 2 d\n[3, 2, 1] 0x1x2\nmin() arg is an empty sequence\nok\n"
	if out != want {
		t.Errorf("stdout = %q, want %q", out, want)
	}
	if left <= 0 || left >= 1_000_000 {
		t.Errorf("budget left %d: the work was not counted, or counted past the budget", left)
	}
}

// A sequence longer than the simulator allows is refused with MemoryError
// only after the work of producing it, which CPython would also do.
func TestWorkBudgetThenSequenceLimit(t *testing.T) {
	stop, _, out := runBudget(t, "try:\n    list(range(5 * 10**6))\nexcept MemoryError as e:\n    print(e)\n", 100_000_000)
	if stop != StopExited || !strings.Contains(out, "limits a sequence") {
		t.Errorf("stop %v, stdout %q: want the MemoryError within a large budget", stop, out)
	}
	if stop, _, _ := runBudget(t, "list(range(5 * 10**6))\n", 1_000_000); stop != StopCapped {
		t.Errorf("stop %v: want the cap before the MemoryError within a small budget", stop)
	}
}
