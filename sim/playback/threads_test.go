// Threads in playback: a thread's lines are steps of its process with the
// thread named, the table lists each process's threads with their own
// stacks and states, and seeking agrees with walking.

package playback

import (
	"strings"
	"testing"

	"zombielab/sim"
	"zombielab/sim/kernel"
)

const threadsProgram = `import os
import threading
import time


def worker(n):
    time.sleep(0.5)
    print("worker", n, "done")


t = threading.Thread(target=worker, args=(1,))
t.start()
print("main waits")
t.join()
pid = os.fork()
if pid == 0:
    os._exit(threading.active_count())
print("child status", os.waitpid(pid, 0)[1] >> 8)
`

func TestThreadSteps(t *testing.T) {
	p, err := Load("threads.py", []byte(threadsProgram), sim.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	p.RunToEnd()
	var (
		sawThreadLine, sawTable, sawClone, sawEnd bool
		main                                      kernel.PID
	)
	for i := 0; i < p.Len(); i++ {
		s := p.Seek(i)
		main = s.Main
		if s.OnLine && s.TID != 0 {
			if s.PID != s.Main || s.Line.Func != "worker" && !s.Library {
				t.Errorf("step %d: thread %d of pid %d runs %s:%d %s", i, s.TID, s.PID, s.Line.File, s.Line.Line, s.Line.Func)
			}
			if s.Line.Func == "worker" {
				// A step whose only news is its line names the thread.
				want := "thread " + itoa(int(s.TID)) + " of pid " + itoa(int(s.PID)) + " runs"
				if strings.HasPrefix(s.Narration.EN, want) {
					sawThreadLine = true
					if !strings.Contains(s.Narration.ZH, "线程") {
						t.Errorf("step %d Chinese narration %q does not name the thread", i, s.Narration.ZH)
					}
				}
			}
		}
		for _, pr := range s.Procs {
			if pr.PID != s.Main || len(pr.Threads) == 0 {
				continue
			}
			sawTable = true
			if !strings.Contains(s.PS, " Sl ") && !strings.Contains(s.PS, " Rl ") {
				t.Errorf("step %d: ps does not mark the multi-threaded process with l:\n%s", i, s.PS)
			}
			th := pr.Threads[0]
			if th.Stack != nil && th.Stack[len(th.Stack)-1].Func == "worker" && pr.Stack != nil && pr.Stack[len(pr.Stack)-1].Func == "worker" {
				t.Errorf("step %d: the main thread's stack is the worker's", i)
			}
		}
		for _, e := range s.Events {
			if e.Kind == kernel.EventClone {
				sawClone = true
				if !strings.Contains(s.Narration.EN+s.Narration.ZH, "thread") && !strings.Contains(s.Narration.ZH, "线程") {
					t.Logf("step %d: clone not in narration %q", i, s.Narration.EN)
				}
			}
		}
		if s.Final {
			sawEnd = true
		}
	}
	if !sawThreadLine || !sawTable || !sawClone || !sawEnd {
		t.Fatalf("thread line %v, threads in the table %v, clone event %v, end %v", sawThreadLine, sawTable, sawClone, sawEnd)
	}
	last := p.Seek(p.Len() - 1)
	if got := consoleOf(last.Console); !strings.Contains(got, "worker 1 done") || !strings.Contains(got, "child status 1") {
		t.Errorf("console:\n%s", got)
	}
	for _, pr := range last.Procs {
		if pr.PID == main && len(pr.Threads) != 0 {
			t.Errorf("threads left at the end: %+v", pr.Threads)
		}
	}
	// The worker thread has a lane of its own, right under main's, with
	// its sleep in it; it ends when the thread does.
	lanes := p.Timeline(p.Len() - 1)
	found := false
	for k, ln := range lanes {
		if ln.Owner == 0 {
			continue
		}
		found = true
		if ln.Owner != main || k == 0 || lanes[k-1].PID != main && lanes[k-1].Owner != main {
			t.Errorf("thread lane %d (owner %d) is not under its process's lane: %+v", ln.PID, ln.Owner, lanes)
		}
		slept := false
		for _, sp := range ln.Spans {
			if sp.State == kernel.StateSleeping && sp.Sleep == kernel.SleepTimer {
				slept = true
			}
		}
		if !slept {
			t.Errorf("thread lane %d never sleeps in time.sleep: %+v", ln.PID, ln.Spans)
		}
	}
	if !found {
		t.Errorf("no thread lane in %+v", lanes)
	}
	// Seeking back and forth gives the walk's snapshots.
	for _, i := range []int{p.Len() / 3, p.Len() / 2, 1} {
		a := p.Seek(i)
		b := p.Seek(i)
		if a.Narration != b.Narration || len(a.Procs) != len(b.Procs) {
			t.Errorf("seek %d differs", i)
		}
	}
}

func itoa(n int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
		if n == 0 {
			return string(b)
		}
	}
}
