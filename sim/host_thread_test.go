package sim

import (
	"strings"
	"testing"

	"zombielab/sim/kernel"
)

// forkHeldLock is the deadlock lesson of fork in a threaded process: a
// thread holds a lock when the main thread forks; the child has only the
// forking thread, so nobody will ever release its copy of the lock. Real
// CPython hangs for ever here (the child in sem_wait, the parent in
// waitpid); the simulator ends the run as a deadlock.
const forkHeldLock = `import os, threading, time
lock = threading.Lock()
held = threading.Event()
def hold():
    with lock:
        held.set()
        time.sleep(0.5)
t = threading.Thread(target=hold)
t.start()
held.wait()
pid = os.fork()
if pid == 0:
    print("child threads", threading.active_count(), threading.current_thread() is threading.main_thread(), flush=True)
    lock.acquire()
    print("child: never here")
    os._exit(0)
t.join()
print("parent: lock free again", not lock.locked(), flush=True)
os.waitpid(pid, 0)
`

func TestForkKeepsALockHeldInTheChild(t *testing.T) {
	s := runSource(t, "fork_lock.py", []byte(forkHeldLock), Overrides{})
	if got := s.Stopped(); got != Deadlock {
		t.Fatalf("the run stopped as %q, want %q", got, Deadlock)
	}
	tr := s.Trace()
	out := map[kernel.PID]string{}
	var child kernel.PID
	for _, r := range tr.All() {
		if r.Kind != RecOutput && r.Kind != RecKernel {
			continue
		}
		e := tr.Event(r)
		switch {
		case r.Kind == RecOutput && e.FD == 1:
			out[e.PID] += e.Data
		case r.Kind == RecKernel && e.Kind == kernel.EventFork && e.PID == s.main:
			child = e.Other
		}
	}
	if child == 0 {
		t.Fatal("no fork in the trace")
	}
	if want := "child threads 1 True\n"; out[child] != want {
		t.Errorf("the child printed %q, want %q (one thread, the main one, and then it blocks)", out[child], want)
	}
	if !strings.Contains(out[s.main], "parent: lock free again True") {
		t.Errorf("the parent printed %q: its holder thread should have released the lock", out[s.main])
	}
	info, ok := s.Kernel().Process(child)
	if !ok || info.State == kernel.StateZombie || info.Sleep != kernel.SleepLock {
		t.Errorf("the child is %+v, want it alive and asleep on the lock", info)
	}
	if n := len(s.Kernel().Threads(child)); n != 0 {
		t.Errorf("the child has %d threads besides its main one, want 0", n)
	}
}
