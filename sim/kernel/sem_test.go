// Semaphores (sem.go): what fork copies and shares, the FIFO hand-off of
// sem_post, and telling the GIL apart.

package kernel

import "testing"

func TestSemForkCopiesUnnamedSharesNamed(t *testing.T) {
	k := New(Config{})
	parent, _ := k.Spawn("python3 main.py")
	lock, _ := k.SemOpen(parent, "", 1, true)
	named, _ := k.SemOpen(parent, "/mp-1", 1, true)
	// A thread lock held at fork: the child's copy is held too.
	if ok, err := k.SemWait(parent, lock, 0); !ok || err != nil {
		t.Fatalf("trywait on a free lock: %v %v", ok, err)
	}
	child, err := k.Fork(parent)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := k.SemValue(child, lock); v != 0 {
		t.Fatalf("the child's copy of a held lock has value %d, want 0", v)
	}
	// Releasing it in the parent does not release the child's copy.
	_ = k.SemPost(parent, lock)
	if v, _ := k.SemValue(child, lock); v != 0 {
		t.Fatalf("the parent's post reached the child's copy: value %d", v)
	}
	// A named semaphore is one object for both.
	if ok, _ := k.SemWait(child, named, 0); !ok {
		t.Fatal("the child could not take the named semaphore")
	}
	if v, _ := k.SemValue(parent, named); v != 0 {
		t.Fatalf("the parent sees value %d of the named semaphore the child took, want 0", v)
	}
}

func TestSemPostHandsOffInOrder(t *testing.T) {
	k := New(Config{})
	p, _ := k.Spawn("python3 main.py")
	a, _ := k.StartThread(p)
	b, _ := k.StartThread(p)
	lock, _ := k.SemOpen(p, "", 0, true) // held by p
	for _, tid := range []PID{a, b} {
		if _, err := k.SemWait(tid, lock, -1); err != ErrBlocked {
			t.Fatalf("thread %d: wait on a held lock gave %v, want ErrBlocked", tid, err)
		}
	}
	_ = k.SemPost(p, lock)
	// The count went to a, the first sleeper: p cannot take it back.
	if ok, _ := k.SemWait(p, lock, 0); ok {
		t.Fatal("the poster took the lock back before the woken sleeper ran")
	}
	if ok, err := k.SemWait(a, lock, -1); !ok || err != nil {
		t.Fatalf("the first sleeper's retry: %v %v, want the count", ok, err)
	}
	if ok, err := k.SemWait(b, lock, -1); ok || err != ErrBlocked {
		t.Fatalf("the second sleeper's retry: %v %v, want to sleep on", ok, err)
	}
}

func TestSemIsGIL(t *testing.T) {
	k := New(Config{})
	p, _ := k.Spawn("python3 main.py")
	gil, _ := k.GILOpen(p)
	lock, _ := k.SemOpen(p, "", 1, true)
	if !k.SemIsGIL(p, gil) || k.SemIsGIL(p, lock) || k.SemIsGIL(p, 99) {
		t.Fatalf("SemIsGIL: gil %v, lock %v, bad handle %v; want true, false, false",
			k.SemIsGIL(p, gil), k.SemIsGIL(p, lock), k.SemIsGIL(p, 99))
	}
	// A thread shares its process's semaphores.
	tid, _ := k.StartThread(p)
	if !k.SemIsGIL(tid, gil) {
		t.Fatal("a thread does not see its process's GIL")
	}
}
