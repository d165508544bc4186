// Pid allocation: a cursor that continues after the last pid handed out,
// wraps at pid_max and skips numbers in use (kernel/pid.c alloc_pid and
// lib/idr.c idr_alloc_cyclic; gVisor's allocateTID has the same shape).

package kernel

// allocPID returns a free pid or EAGAIN. Following alloc_pid (Linux 6.x):
// the search starts at the cursor (last pid + 1) and runs up to pid_max-1;
// then it wraps to pid_min, which is RESERVED_PIDS (300) once the cursor has
// passed it and 1 before, and runs up to the cursor. A number is in use while
// its struct pid lives: as a process's pid (a zombie's too) or as the pgid of
// a process in the table (docs/facts/linux.md §1.3; open_posix fork/4-1). So a
// just-freed pid is never handed out again at once (LTP fork13).
func (k *Kernel) allocPID() (PID, error) {
	max := PID(k.cfg.PidMax)
	min := PID(1)
	if k.lastPID >= ReservedPIDs {
		min = ReservedPIDs
	}
	start := k.lastPID + 1
	if start >= max {
		start = min
	}
	for pid := start; pid < max; pid++ {
		if !k.pidInUse(pid) {
			return k.takePID(pid), nil
		}
	}
	for pid := min; pid < start; pid++ {
		if !k.pidInUse(pid) {
			return k.takePID(pid), nil
		}
	}
	return 0, EAGAIN
}

func (k *Kernel) takePID(pid PID) PID {
	k.lastPID = pid
	return pid
}

func (k *Kernel) pidInUse(pid PID) bool {
	return k.procs[pid] != nil || k.pgrps[pid] > 0
}
