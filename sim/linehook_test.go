// This file tests that the interpreter's shortcuts change nothing a run
// records: System.lineHook (running the lines of a task that keeps the CPU
// without returning from the interpreter) and pyvm's fused instructions.

package sim

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"zombielab/internal/testbudget"
	"zombielab/sim/kernel"
)

func TestLineHookSameTrace(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(galleryDir, "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no scenarios in %s (%v)", galleryDir, err)
	}
	// Beside the gallery: a tight loop, output, a signal handler, a timer
	// and threads, so that lines run back to back and are interrupted.
	extra := map[string]string{
		"loop.py": "i = 0\nwhile i < 3000:\n    i += 1\nprint(i)\n",
		"signals.py": `import os, signal, time
hits = []
signal.signal(signal.SIGALRM, lambda n, f: hits.append(n))
signal.setitimer(signal.ITIMER_REAL, 0.001, 0.001)
n = 0
while len(hits) < 5:
    n += 1
signal.setitimer(signal.ITIMER_REAL, 0)
print(len(hits), n > 0)
`,
		"threads.py": `import threading
total = [0]
def work():
    for i in range(200):
        total[0] += i
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(total[0])
`,
		"sleeper.py": `import os, time
pid = os.fork()
if pid == 0:
    for i in range(3):
        time.sleep(0.0005)
        print("child", i, flush=True)
    os._exit(0)
n = 0
while n < 20000:
    n += 1
os.waitpid(pid, 0)
print("parent", n)
`,
		"fork.py": `import os
for i in range(3):
    pid = os.fork()
    if pid == 0:
        j = 0
        while j < 50:
            j += 1
        os._exit(i)
while True:
    try:
        print(os.wait()[1] >> 8)
    except ChildProcessError:
        break
`,
	}
	type source struct {
		name string
		src  []byte
		o    Overrides
	}
	var runs []source
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		runs = append(runs, source{name, src, Overrides{Until: 30 * kernel.Second}})
		if !testing.Short() {
			runs = append(runs, source{name + "@3.8", src, Overrides{Until: 30 * kernel.Second, Python: Version{Major: 3, Minor: 8}}})
		}
	}
	for name, src := range extra {
		runs = append(runs, source{name, []byte(src), Overrides{}})
	}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			file, _, _ := strings.Cut(r.name, "@")
			start := func(noHook bool) *System {
				return runTweaked(t, file, r.src, r.o, nil, func(s *System) { s.noHook = noHook })
			}
			sameRun(t, start(true), start(false), "with the hook", "with one line a step")
		})
	}
}

// runTweaked loads and runs a program to its end, with setOpt applied to
// its options before New and setSys to its System before it runs (either
// may be nil).
func runTweaked(t *testing.T, name string, src []byte, o Overrides, setOpt func(*Options), setSys func(*System)) *System {
	t.Helper()
	opt, _, err := Load(name, src, o)
	if err != nil {
		t.Fatal(err)
	}
	if setOpt != nil {
		setOpt(&opt)
	}
	s, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	if setSys != nil {
		setSys(s)
	}
	s.RunToEnd()
	return s
}

// sameRun fails t unless runs a and b recorded the same trace: every record
// and its line, every event, the checkpoints, how and when they ended, and
// the lines run. aName and bName say which is which.
func sameRun(t *testing.T, a, b *System, aName, bName string) {
	t.Helper()
	ta, tb := a.Trace(), b.Trace()
	if ta.Len() != tb.Len() {
		t.Errorf("%d records %s, %d %s", ta.Len(), aName, tb.Len(), bName)
	}
	for i := 0; i < min(ta.Len(), tb.Len()); i++ {
		ra, rb := ta.At(i), tb.At(i)
		if ra != rb || ta.Line(i) != tb.Line(i) {
			t.Fatalf("record %d: %+v %q %s, %+v %q %s", i, ra, ta.Line(i), aName, rb, tb.Line(i), bName)
		}
		if refersToEvent(ra.Kind) && !reflect.DeepEqual(ta.Event(ra), tb.Event(rb)) {
			t.Fatalf("record %d: event %+v %s, %+v %s", i, ta.Event(ra), aName, tb.Event(rb), bName)
		}
	}
	if !reflect.DeepEqual(a.Checkpoints(), b.Checkpoints()) {
		t.Errorf("checkpoints differ")
	}
	if a.Stopped() != b.Stopped() || a.MainExitCode() != b.MainExitCode() || a.k.Now() != b.k.Now() {
		t.Errorf("end: %v %d at %v %s, %v %d at %v %s", a.Stopped(), a.MainExitCode(), a.k.Now(), aName,
			b.Stopped(), b.MainExitCode(), b.k.Now(), bName)
	}
	if a.steps != b.steps || a.steps == 0 {
		t.Errorf("%d lines %s, %d %s", a.steps, aName, b.steps, bName)
	}
}

// TestFusedSameTrace: fused instructions (pyvm fuse.go) change nothing a
// run records, for every gallery scenario and (in the long run) every
// corpus program.
func TestFusedSameTrace(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(galleryDir, "*.py"))
	if !testing.Short() {
		corpus, _ := filepath.Glob(filepath.Join(corpusDir, "*.py"))
		files = append(files, corpus...)
	}
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	// Every corpus program twice: on a busy machine this stops before go
	// test's deadline, and .ci/run runs it again with all the time it needs.
	budget := testbudget.New(t)
	defer budget.Report()
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		budget.Run(t, name, func(t *testing.T) {
			start := func(unfused bool) *System {
				return runTweaked(t, name, src, Overrides{Until: 30 * kernel.Second}, func(o *Options) { o.unfused = unfused }, nil)
			}
			sameRun(t, start(false), start(true), "fused", "unfused")
		})
	}
}

// TestReusedFrameStack: a returned call's frame is reused by the next call
// (pyvm newCallFrame). Two signal handlers that run one after the other
// above the same blocked call have frames at the same address, under a
// caller at the same place; each line must still name its own function.
func TestReusedFrameStack(t *testing.T) {
	src := `import os, signal, time

def h1(signum, frame):
    print("h1", signum)

def h2(signum, frame):
    print("h2", signum)

signal.signal(signal.SIGUSR1, h1)
signal.signal(signal.SIGUSR2, h2)
pid = os.fork()
if pid == 0:
    os.kill(os.getppid(), signal.SIGUSR1)
    os.kill(os.getppid(), signal.SIGUSR2)
    os._exit(0)
time.sleep(1)
os.waitpid(pid, 0)
print("done")
`
	s := runSource(t, "handlers.py", []byte(src), Overrides{})
	want := map[int]string{4: "h1", 7: "h2"}
	seen := map[int]bool{}
	tr := s.Trace()
	for i := 0; i < tr.Len(); i++ {
		r := tr.At(i)
		if r.Kind != RecLine {
			continue
		}
		top := tr.Top(r)
		fn, ok := want[top.Line]
		if !ok {
			fn = "<module>"
		}
		if top.Func != fn {
			t.Errorf("record %d: line %d in %s, want %s", i, top.Line, top.Func, fn)
		}
		seen[top.Line] = true
	}
	if !seen[4] || !seen[7] {
		t.Errorf("the handlers' lines did not run: %v", seen)
	}
}

// TestTaggedStacksSameTrace: a line whose innermost call carries a tag
// (stackTable.tagged) is recorded with the stack its frames give, for every
// gallery scenario, (in the long run) every corpus program, and programs
// whose frames move: generators resumed from different callers at the same
// depth, recursion, exceptions through frames, threads, signal handlers
// above a blocked call, reused frames.
func TestTaggedStacksSameTrace(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(galleryDir, "*.py"))
	if !testing.Short() {
		corpus, _ := filepath.Glob(filepath.Join(corpusDir, "*.py"))
		files = append(files, corpus...)
	}
	type program struct {
		name string
		src  []byte
	}
	var programs []program
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		programs = append(programs, program{filepath.Base(f), src})
	}
	for name, src := range map[string]string{
		"generators.py": `def gen():
    for i in range(4):
        x = i * 2
        yield x

def a(g):
    return next(g)

def b(g):
    return next(g)

g = gen()
print(a(g), b(g), a(g), b(g))
def nested():
    yield from gen()
print(list(nested()), [v for v in gen()], sum(v for v in gen()))
`,
		"recursion.py": `def f(n):
    if n == 0:
        raise ValueError(n)
    try:
        return f(n - 1)
    finally:
        m = n

for k in range(3):
    try:
        f(k + 2)
    except ValueError as e:
        print("caught", e)
class C:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "C(%d)" % self.n
print([C(i) for i in range(3)], sorted([3, 1, 2], key=lambda v: -v))
`,
		// A call whose caller moves on to another line within its statement.
		"calls.py": `def g(n=0):
    y = n
    return y


def f():
    x = [g(1),
         g(2)]
    z = (g(3)
         + g(4))
    w = g(
        5)
    if g(6) and \
            g(7):
        pass
    for i in range(2):
        g(i)
    return x, z, w


class K:
    def m(self):
        return g(8)


f()
v = K().m() + \
    g(9)
print(v, [g(i) for i in range(2)], dict(a=g(10),
                                         b=g(11)))
`,
		"threads.py": `import threading
def work(n):
    total = 0
    for i in range(n):
        total += i
    return total
ts = [threading.Thread(target=work, args=(50 + i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("joined")
`,
		"handlers.py": `import os, signal, time
def h(signum, frame):
    x = signum
    print("handled", x)
signal.signal(signal.SIGUSR1, h)
pid = os.fork()
if pid == 0:
    for _ in range(3):
        os.kill(os.getppid(), signal.SIGUSR1)
        time.sleep(0.01)
    os._exit(0)
for _ in range(3):
    time.sleep(1)
os.waitpid(pid, 0)
`,
	} {
		programs = append(programs, program{name, []byte(src)})
	}
	budget := testbudget.New(t) // as TestFusedSameTrace
	defer budget.Report()
	for _, p := range programs {
		budget.Run(t, p.name, func(t *testing.T) {
			start := func(noTags bool) *System {
				return runTweaked(t, p.name, p.src, Overrides{Until: 30 * kernel.Second}, nil, func(s *System) { s.noTags = noTags })
			}
			a, b := start(false), start(true)
			sameRun(t, a, b, "with tags", "from frames")
			ta, tb := a.Trace(), b.Trace()
			for i := 0; i < min(ta.Len(), tb.Len()); i++ {
				if r := ta.At(i); r.Kind == RecLine && !reflect.DeepEqual(ta.Frames(r), tb.Frames(tb.At(i))) {
					t.Fatalf("record %d: stack %v with tags, %v from frames", i, ta.Frames(r), tb.Frames(tb.At(i)))
				}
			}
		})
	}
}
