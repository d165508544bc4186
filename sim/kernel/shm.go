// Shared memory: what multiprocessing's Value and Array live in. CPython's
// multiprocessing/heap.py (3.8-3.14, Arena on Linux) creates a file in
// /dev/shm, unlinks it, ftruncates it and maps it with mmap(MAP_SHARED);
// fork keeps the mapping (the pages are shared, not copied), and a spawned
// child maps the same file again from an fd passed to it. Here the file is
// a SharedMemory opened as a regular file (memfd_create(2) + ftruncate(2)
// in one call), and Mmap gives back the memory itself: the interpreter
// holds it in the object that maps it, so fork, which copies the object,
// shares the memory, and exec, which drops the interpreter, unmaps it.

package kernel

// SharedMemory is the contents of a shared memory file: fixed-size bytes
// that every mapping of it reads and writes.
type SharedMemory struct {
	data []byte
}

// ShmMax bounds one segment (the simulator's own limit, to keep runs small).
const ShmMax = 1 << 24

// ReadAt reads like pread(2) (RegularFile).
func (m *SharedMemory) ReadAt(off, n int) []byte {
	if off >= len(m.data) {
		return nil
	}
	end := min(off+n, len(m.data))
	return append([]byte(nil), m.data[off:end]...)
}

// Append is a write(2) to the file, which for a shared memory file (opened
// O_RDWR, offset 0) overwrites its start; the size does not change.
func (m *SharedMemory) Append(data []byte) { copy(m.data, data) }

// Len is the size in bytes.
func (m *SharedMemory) Len() int { return len(m.data) }

// Load copies n bytes at off out of the mapping; false if out of range.
func (m *SharedMemory) Load(off, n int) ([]byte, bool) {
	if off < 0 || n < 0 || off+n > len(m.data) {
		return nil, false
	}
	return append([]byte(nil), m.data[off:off+n]...), true
}

// Store copies b into the mapping at off; false if out of range.
func (m *SharedMemory) Store(off int, b []byte) bool {
	if off < 0 || off+len(b) > len(m.data) {
		return false
	}
	copy(m.data[off:], b)
	return true
}

// ShmCreate is memfd_create(2) + ftruncate(2): a new zero-filled shared
// memory file of size bytes, open at the lowest free fd, close-on-exec (as
// every fd CPython opens, PEP 446).
func (k *Kernel) ShmCreate(pid PID, size int) (int, error) {
	if size <= 0 || size > ShmMax {
		return -1, EINVAL
	}
	return k.OpenFile(pid, &SharedMemory{data: make([]byte, size)}, true)
}

// Mmap is mmap(NULL, len, PROT_READ|PROT_WRITE, MAP_SHARED, fd, 0) of a
// whole shared memory file: the memory, which stays mapped after fd is
// closed. EBADF for a closed fd, EACCES for an fd that is not shared
// memory (a pipe, the terminal).
func (k *Kernel) Mmap(pid PID, fd int) (*SharedMemory, error) {
	p, err := k.caller(pid)
	if err != nil {
		return nil, err
	}
	f := p.file(fd)
	if f == nil {
		return nil, EBADF
	}
	m, ok := f.reg.(*SharedMemory)
	if f.kind != fileRegular || !ok {
		return nil, EACCES
	}
	return m, nil
}
