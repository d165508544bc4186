package pyvm

import (
	"strings"
	"testing"
)

// TestInternalModulesRefused: a program cannot import the simulator's own
// modules (CPython has none of that name), nor reach them by unpickling.
func TestInternalModulesRefused(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"import _zombielab\n", "ModuleNotFoundError: No module named '_zombielab'"},
		{"import _zombielab_shm\n", "ModuleNotFoundError: No module named '_zombielab_shm'"},
		{"from _zombielab import c_class\n", "ModuleNotFoundError: No module named '_zombielab'"},
		{"__name__ = 'os'\nimport _zombielab\n", "ModuleNotFoundError: No module named '_zombielab'"},
	} {
		r := runSource(t, c.src, Config{})
		if r.err != nil || !strings.HasSuffix(r.stderr, c.want+"\n") {
			t.Errorf("%q: stderr %q (%v), want it to end with %q", c.src, r.stderr, r.err, c.want)
		}
	}
}

// TestInternalFunctionsTakeAnyArguments calls every function of the
// simulator's own modules, as the library it models can, with arguments
// of every kind and count: each returns or raises a Python exception and
// none stops the VM with an internal error.
func TestInternalFunctionsTakeAnyArguments(t *testing.T) {
	const probe = `import _zombielab, _zombielab_shm, _multiprocessing, _thread, sys
skip = {'exit', '_exit', 'interrupt_main', 'exit_thread', 'start_new_thread', 'start_new', 'start_joinable_thread'}
samples = [None, 0, 1, -1, 2**70, 'a', b'a', [1], (1, 2), {'a': 1}, len, object(), sys]
calls = 0
for m in (_zombielab, _zombielab_shm, _multiprocessing, _thread):
    for name in sorted(dir(m)):
        f = getattr(m, name)
        if name.startswith('__') or name in skip or not callable(f) or isinstance(f, type):
            continue
        print(m.__name__, name, file=sys.stderr)
        for args in [()] + [(s,) * k for s in samples for k in (1, 2, 3, 4)]:
            try:
                f(*args)
            except BaseException:
                pass
            calls += 1
print('calls', calls > 1000)
`
	loader := func(name string) (string, []byte, bool) {
		if name == "zlprobe" {
			return "zlprobe.py", []byte(probe), true
		}
		return "", nil, false
	}
	r := runSource(t, "import zlprobe\n", Config{Loader: loader})
	if r.err != nil || r.stdout != "calls True\n" || r.status != 0 {
		tail := r.stderr[max(0, len(r.stderr)-300):] // the function called last, and the error
		t.Errorf("stdout %q, stderr ...%q, status %d, err %v", r.stdout, tail, r.status, r.err)
	}
}
