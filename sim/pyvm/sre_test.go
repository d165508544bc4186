// This file tests the native matcher behind sim/pylib's re (mod_sre.go)
// at its seam: what re.py hands it. Its matching is compared with CPython
// by sim/pylib's use_re programs; here a malformed tree is a ValueError,
// never a panic, and a long subject needs no deep Go or Python stack.

package pyvm

import (
	"strings"
	"testing"
)

func TestSreCompileRejectsBadTrees(t *testing.T) {
	trees := []string{
		"5", "[5]", "[[5]]", "[[()]]", "[[('lit',)]]", "[[('lit', 'ab')]]", "[[('lit', 7)]]",
		"[[('class', 'dd')]]", "[[('set', False, [('range', 'a')])]]", "[[('set', False, [('huh', 'a', 'b')])]]",
		"[[('set', False, [5])]]", "[[('rep', (), 0, 1, True)]]", "[[('rep', ('huh',), 0, 1, True)]]",
		"[[('group', 1, 5)]]", "[[('ahead', 5)]]", "[[('nope',)]]",
	}
	for _, tree := range trees {
		t.Run(tree, func(t *testing.T) {
			src := "from _zombielab import sre_compile\ntry:\n    sre_compile(" + tree + ", 0, 1)\n" +
				"    print('compiled')\nexcept ValueError as e:\n    print('ValueError', e)\n"
			out := runOut(t, src)
			if !strings.HasPrefix(out, "ValueError sre_compile: bad ") {
				t.Errorf("sre_compile(%s) printed %q, want a ValueError", tree, out)
			}
		})
	}
}

func TestSreLongSubject(t *testing.T) {
	// (?:ab)+ over 200,000 characters: one iteration a machine step, none
	// a Go or Python frame; then the same string sliced a character at a
	// time (the cache of its code points).
	src := "from _zombielab import sre_compile\n" +
		"p = sre_compile([[('rep', ('group', None, [[('lit', 'a'), ('lit', 'b')]]), 1, 4294967295, True)]], 0, 0)\n" +
		"s = 'ab' * 100000\n" +
		"print(p(1, s, 0, len(s), 0))\n" +
		"t = 'é' + s\n" +
		"print(sum(1 for i in range(0, len(t), 1000) if t[i] == 'é'), t[-3:], t[1:4])\n"
	want := "([(0, 200000)], None)\n1 bab aba\n"
	if out := runOut(t, src); out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// runOut runs src to its end and returns what it printed.
func runOut(t *testing.T, src string) string {
	t.Helper()
	stop, _, out := runBudget(t, src, 1<<40)
	if stop != StopExited {
		t.Fatalf("stop = %v, want exited (stdout %q)", stop, out)
	}
	return out
}
