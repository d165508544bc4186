// Table tests for the natives that spawn and forkserver need: _zombielab
// (pickling, fd passing, spawn, the re-imported main file, print_exc),
// os.set_blocking/get_blocking and signal.set_wakeup_fd, on the fake host.
// The expected outputs are CPython 3.11.7's, from running the same code
// (with pickle in place of dumps/loads, sys.argv of `python -c`), except
// for sendmsg/recvmsg, spawnv_passfds and import_main_path, which have no
// CPython twin and follow the documented model.

package pyvm

import (
	"strings"
	"testing"
)

func TestNatives(t *testing.T) {
	const helper = "import _zombielab as z\n"
	tests := []struct {
		name  string
		src   string
		files map[string]string
		want  string // stdout, then stderr after "--- stderr\n" when not empty
	}{
		{"scalars round trip", helper + `
for v in [None, True, False, 0, -7, 1 << 40, 2.5, 'héllo', b'\x00\xff', (), (1, 'a'), [1, [2]], {'k': [1]}, {3, 1}]:
    w = z.loads(z.dumps(v))
    print(type(w).__name__, w == v)
`, nil, "NoneType True\nbool True\nbool True\nint True\nint True\nint True\nfloat True\nstr True\nbytes True\ntuple True\ntuple True\nlist True\ndict True\nset True\n"},
		{"shared references and cycles", helper + `
a = [1]
b = [a, a]
c = z.loads(z.dumps(b))
print(c[0] is c[1], c[0] is a)
d = {}
d['self'] = d
e = z.loads(z.dumps(d))
print(e['self'] is e)
`, nil, "True False\nTrue\n"},
		{"functions and classes by reference", helper + `
import time
def f(x):
    return x + 1
class P:
    def __init__(self, n):
        self.n = n
        self.me = self
    def m(self):
        return self.n * 2
p = z.loads(z.dumps(P(4)))
print(z.loads(z.dumps(f)) is f, z.loads(z.dumps(P)) is P, z.loads(z.dumps(time.sleep)) is time.sleep)
print(type(p) is P, p.n, p.me is p, z.loads(z.dumps(p.m))())
`, nil, "True True True\nTrue 4 True 8\n"},
		{"lambda refused", helper + `
try:
    z.dumps(lambda: 0)
except Exception as e:
    print(type(e).__name__, str(e).split(' at ')[0])
`, nil, "PicklingError Can't pickle <function <lambda>\n"},
		{"local function refused", helper + `
def outer():
    def inner():
        pass
    return inner
try:
    z.dumps({'t': outer()})
except AttributeError as e:
    print(e)
`, nil, "Can't pickle local object 'outer.<locals>.inner'\n"},
		{"module refused", helper + `
import os
try:
    z.dumps(os)
except TypeError as e:
    print(e)
`, nil, "cannot pickle 'module' object\n"},
		{"garbage refused", helper + `
try:
    z.loads(b'?')
except Exception as e:
    print(type(e).__name__)
`, nil, "UnpicklingError\n"},
		{"message carries fds", helper + `
import os
r, w = os.pipe()
sr, sw = os.pipe()
z.sendmsg(w, b'hi', [sw])
z.sendmsg(w, b'', [])
os.close(sw)
data, fds = z.recvmsg(r)
print(data, len(fds))
os.write(fds[0], b'x')
print(os.read(sr, 1))
print(z.recvmsg(r))
os.close(w)
print(z.recvmsg(r))
`, nil, "b'hi' 1\nb'x'\n(b'', [])\n(b'', [])\n"},
		{"set_blocking", `import os
r, w = os.pipe()
print(os.get_blocking(r))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
`, nil, "True\nFalse\nBlockingIOError 11\n"},
		{"set_wakeup_fd", `import os, signal
r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print(e)
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w), signal.set_wakeup_fd(w, warn_on_full_buffer=False))
def h(sig, frame):
    b = os.read(r, 10)
    print('handler sees', [b[i] for i in range(len(b))])
signal.signal(signal.SIGUSR1, h)
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.set_wakeup_fd(-1))
`, nil, "the fd 4 must be in non-blocking mode\n-1 4\nhandler sees [10]\n4\n"},
		{"spawn a fresh interpreter", helper + `
import os
r, w = os.pipe()
code = 'import os, sys\nos.write(%d, repr([sys.argv, hasattr(sys.modules["__main__"], "__file__")]).encode())\n1/0\n' % w
pid = z.spawnv_passfds('/usr/bin/python3', ['/usr/bin/python3', '-B', '-c', code, '--flag'], [w])
os.close(w)
print(os.read(r, 100))
print(os.waitpid(pid, 0)[1] >> 8)
`, nil, "b\"[['-c', '--flag'], False]\"\n1\n--- stderr\nTraceback (most recent call last):\n  File \"<string>\", line 3, in <module>\nZeroDivisionError: division by zero\n"},
		{"import_main_path", helper + `
import sys
print(sys.modules['__main__'].__name__)
z.import_main_path('/app/main.py')
m = sys.modules['__main__']
print(m.__name__, m.__file__, m is sys.modules['__mp_main__'], m.f())
`, map[string]string{"/app/main.py": "print('top', __name__)\ndef f():\n    return 42\nif __name__ == '__main__':\n    print('guarded')\n"},
			"__main__\ntop __mp_main__\n__mp_main__ /app/main.py True 42\n"},
		{"import_main_path without a file system", helper + `
try:
    z.import_main_path('/nope.py')
except FileNotFoundError as e:
    print(e)
`, nil, "[Errno 2] No such file or directory: '/nope.py'\n"},
		{"print_exc", helper + `
try:
    {}['k']
except KeyError:
    z.print_exc()
`, nil, "--- stderr\nTraceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    {}['k']\n    ~~^^^^^\nKeyError: 'k'\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newFakeSys()
			var read func(path string) ([]byte, bool) // no file system at all
			if tc.files != nil {
				read = func(path string) ([]byte, bool) {
					src, ok := tc.files[path]
					return []byte(src), ok
				}
			}
			if _, err := s.spawn("main.py", strings.TrimPrefix(tc.src, "\n"), Config{ReadFile: read, internal: true}); err != nil {
				t.Fatal(err)
			}
			if err := s.run(10000); err != nil {
				t.Fatal(err)
			}
			got := s.stdout.String()
			if s.stderr.Len() > 0 {
				got += "--- stderr\n" + s.stderr.String()
			}
			if got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}
