// Shared memory files (shm.go): what fork shares, what exec keeps, and the
// errors of mmap.

package kernel

import (
	"bytes"
	"testing"
)

func TestShmSharedAcrossFork(t *testing.T) {
	k := New(Config{})
	parent, _ := k.Spawn("python3 main.py")
	fd, err := k.ShmCreate(parent, 16)
	if err != nil {
		t.Fatal(err)
	}
	m, err := k.Mmap(parent, fd)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := m.Load(0, 16); !bytes.Equal(got, make([]byte, 16)) {
		t.Fatalf("a new file is not zero-filled: %v", got)
	}
	child, err := k.Fork(parent)
	if err != nil {
		t.Fatal(err)
	}
	// The child maps the inherited fd: the same memory, not a copy.
	cm, err := k.Mmap(child, fd)
	if err != nil {
		t.Fatal(err)
	}
	if !cm.Store(4, []byte{1, 2, 3}) {
		t.Fatal("store in range refused")
	}
	if got, _ := m.Load(4, 3); !bytes.Equal(got, []byte{1, 2, 3}) {
		t.Fatalf("the parent does not see the child's write: %v", got)
	}
	// Closing the fd keeps the mapping (munmap is separate from close).
	if err := k.Close(parent, fd); err != nil {
		t.Fatal(err)
	}
	if got, _ := m.Load(4, 1); got[0] != 1 {
		t.Fatalf("mapping lost at close: %v", got)
	}
	if _, err := k.Mmap(parent, fd); err != EBADF {
		t.Fatalf("mmap of a closed fd: %v, want EBADF", err)
	}
	// An exec closes the close-on-exec fd; passing it keeps it mappable.
	if err := k.Exec(child, "python3 -c x", []int{fd}); err != nil {
		t.Fatal(err)
	}
	if _, err := k.Mmap(child, fd); err != nil {
		t.Fatalf("mmap of a passed fd after exec: %v", err)
	}
}

func TestShmErrors(t *testing.T) {
	k := New(Config{})
	pid, _ := k.Spawn("python3 main.py")
	if _, err := k.ShmCreate(pid, 0); err != EINVAL {
		t.Errorf("size 0: %v, want EINVAL", err)
	}
	if _, err := k.ShmCreate(pid, ShmMax+1); err != EINVAL {
		t.Errorf("too big: %v, want EINVAL", err)
	}
	r, _, _ := k.Pipe(pid)
	if _, err := k.Mmap(pid, r); err != EACCES {
		t.Errorf("mmap of a pipe: %v, want EACCES", err)
	}
	fd, _ := k.ShmCreate(pid, 8)
	m, _ := k.Mmap(pid, fd)
	if m.Store(6, []byte{1, 2, 3}) {
		t.Error("a store past the end succeeded")
	}
	if _, ok := m.Load(-1, 1); ok {
		t.Error("a load before the start succeeded")
	}
	if m.Len() != 8 {
		t.Errorf("Len = %d, want 8", m.Len())
	}
}
