// Shared memory for the interpreter (pyvm.ShmHost): multiprocessing's Value
// and Array over kernel shared memory files (kernel/shm.go).

package sim

import "zombielab/sim/pyvm"

var _ pyvm.ShmHost = (*host)(nil)

func (h *host) ShmCreate(size int) (int, error) {
	h.syscall()
	fd, err := h.s.k.ShmCreate(h.tid, size)
	return fd, errnoOf(err)
}

func (h *host) Mmap(fd int) (pyvm.SharedMemory, error) {
	h.syscall()
	m, err := h.s.k.Mmap(h.tid, fd)
	if err != nil {
		return nil, errnoOf(err)
	}
	return m, nil
}
