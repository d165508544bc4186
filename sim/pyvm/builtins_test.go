// This file tests that every interpreter has its own builtins module
// (issue 12): a write in one run, or in a fork child, is seen by no other
// interpreter.

package pyvm

import (
	"strings"
	"testing"
)

// TestBuiltinsNotSharedBetweenRuns runs two programs in sequence in the same
// Go process: the second must not see what the first wrote into builtins.
func TestBuiltinsNotSharedBetweenRuns(t *testing.T) {
	first := runSource(t, "import builtins\nbuiltins.zz = 'x'\nbuiltins.len = 42\nprint(zz, len)\n", Config{})
	if first.err != nil || first.stdout != "x 42\n" {
		t.Fatalf("first run: %+v", first)
	}
	second := runSource(t, "import builtins\nprint(hasattr(builtins, 'zz'), len('ab'))\ntry:\n    zz\nexcept NameError as e:\n    print(e)\n", Config{})
	if second.err != nil {
		t.Fatal(second.err)
	}
	if want := "False 2\nname 'zz' is not defined\n"; second.stdout != want {
		t.Errorf("second run: stdout %q, want %q", second.stdout, want)
	}
}

// TestBuiltinsForkChildWriteInvisibleToParent forks; the child writes and
// deletes builtins, then exits; the parent, after reaping it, still sees the
// builtins it had.
func TestBuiltinsForkChildWriteInvisibleToParent(t *testing.T) {
	src := `import builtins, os
builtins.shared = 'before'
pid = os.fork()
if pid == 0:
    builtins.shared = 'child'
    builtins.only_child = 1
    del builtins.abs
    print('child', shared, only_child, hasattr(builtins, 'abs'))
    os._exit(0)
os.waitpid(pid, 0)
print('parent', shared, hasattr(builtins, 'only_child'), abs(-3))
`
	r := runSource(t, src, Config{})
	if r.err != nil {
		t.Fatal(r.err)
	}
	if !strings.Contains(r.stdout, "child child 1 False\n") || !strings.HasSuffix(r.stdout, "parent before False 3\n") {
		t.Errorf("stdout = %q", r.stdout)
	}
}

// TestBuiltinsModuleIsPerInterpreter checks the identity that CPython
// guarantees within one interpreter: `import builtins` is the module that
// globals fall back to, and __builtins__ of __main__ is that module.
func TestBuiltinsModuleIsPerInterpreter(t *testing.T) {
	r := runSource(t, "import builtins\nbuiltins.print2 = print\nprint2(__builtins__ is builtins)\n", Config{})
	if r.err != nil || r.stdout != "True\n" {
		t.Fatalf("got %+v", r)
	}
}
