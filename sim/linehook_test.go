// This file tests System.lineHook: running the lines of a task that keeps
// the CPU without returning from the interpreter records exactly what one
// step a line records.

package sim

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

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
				opt, _, err := Load(file, r.src, r.o)
				if err != nil {
					t.Fatal(err)
				}
				s, err := New(opt)
				if err != nil {
					t.Fatal(err)
				}
				s.noHook = noHook
				s.RunToEnd()
				return s
			}
			one, hooked := start(true), start(false)
			a, b := one.Trace(), hooked.Trace()
			if a.Len() != b.Len() {
				t.Errorf("%d records with the hook, %d with one line a step", b.Len(), a.Len())
			}
			for i := 0; i < min(a.Len(), b.Len()); i++ {
				ra, rb := a.At(i), b.At(i)
				if ra != rb || a.Line(i) != b.Line(i) {
					t.Fatalf("record %d: %+v %q with the hook, %+v %q with one line a step", i, rb, b.Line(i), ra, a.Line(i))
				}
				if refersToEvent(ra.Kind) && !reflect.DeepEqual(a.Event(ra), b.Event(rb)) {
					t.Fatalf("record %d: event %+v with the hook, %+v without", i, b.Event(rb), a.Event(ra))
				}
			}
			if !reflect.DeepEqual(one.Checkpoints(), hooked.Checkpoints()) {
				t.Errorf("checkpoints differ")
			}
			if one.Stopped() != hooked.Stopped() || one.MainExitCode() != hooked.MainExitCode() || one.k.Now() != hooked.k.Now() {
				t.Errorf("end: %v %d at %v with the hook, %v %d at %v without", hooked.Stopped(), hooked.MainExitCode(), hooked.k.Now(),
					one.Stopped(), one.MainExitCode(), one.k.Now())
			}
			if hooked.steps != one.steps || one.steps < 10 {
				t.Errorf("%d lines with the hook, %d without", hooked.steps, one.steps)
			}
		})
	}
}
