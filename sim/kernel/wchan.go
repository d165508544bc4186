package kernel

// The kernel functions a sleeping task waits in, as ps's WCHAN names them
// (/proc/PID/wchan), measured with procps-ng 4.0.2 on Linux 6.18 here
// (docs/facts/linux.md §4): the names change between kernel versions (a
// pipe read was pipe_read before 6.16).
const (
	wchanNanosleep = "hrtimer_nanosleep"
	wchanWait      = "do_wait"
	wchanPipeRead  = "anon_pipe_read"
	wchanPipeWrite = "anon_pipe_write"
	wchanPoll      = "poll_schedule_timeout.constprop.0" // select, poll, a shell at its prompt
	wchanPause     = "do_sys_pause"
	wchanAccept    = "skb_wait_for_more_packets" // accept on a unix socket
	wchanFutex     = "futex_do_wait"             // a lock, a condition, the GIL
	wchanSigwait   = "do_sigtimedwait.isra.0"
	wchanStopped   = "do_signal_stop"
)

// wchanOf is what ps shows in WCHAN for p: "-" for a task that is running
// or dead.
func (p *process) wchanOf() string {
	if p.stopped && p.state.Live() {
		return wchanStopped
	}
	if p.state != StateSleeping {
		return "-"
	}
	if p.wchan != "" {
		return p.wchan
	}
	switch p.sleep {
	case SleepTimer:
		return wchanNanosleep
	case SleepWait:
		return wchanWait
	case SleepRead:
		if p.role == TaskShell || p.role == TaskInit {
			return wchanPoll // an event loop, not a pipe read
		}
		return wchanPipeRead
	case SleepWrite:
		return wchanPipeWrite
	case SleepLock, SleepGIL:
		return wchanFutex
	case SleepSignal:
		return wchanSigwait
	}
	return "-"
}

// Pausing marks pid's sleep in Poll as pause(2)'s, for WCHAN (signal.pause
// sleeps in a poll of no fds here).
func (k *Kernel) Pausing(pid PID) {
	if p := k.task(pid); p != nil && p.state == StateSleeping {
		p.wchan = wchanPause
	}
}

// Selecting marks pid's sleep as a select(2)'s: CPython 3.8-3.10's
// time.sleep sleeps in select with no fds (Modules/timemodule.c
// pysleep), 3.11's and later in clock_nanosleep.
func (k *Kernel) Selecting(pid PID) {
	if p := k.task(pid); p != nil && p.state == StateSleeping {
		p.wchan = wchanPoll
	}
}
