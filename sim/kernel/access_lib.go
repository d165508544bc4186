// Read-only questions the simulator's library host asks about a process's
// descriptors (sim/host_lib.go).

package kernel

// PipeBroken reports whether a write by pid to fd would meet a pipe with no
// read end left (and so raise SIGPIPE).
func (k *Kernel) PipeBroken(pid PID, fd int) bool {
	p := k.live(pid)
	if p == nil {
		return false
	}
	f := p.file(fd)
	return f != nil && f.kind == filePipeWrite && f.pipe != nil && f.pipe.readers == 0
}
