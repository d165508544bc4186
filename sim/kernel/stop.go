// Job control: stop signals stop a process, SIGCONT continues it, and the
// parent hears of both (kernel/signal.c do_signal_stop, prepare_signal's
// SIGCONT branch, do_notify_parent_cldstop; LTP waitpid08, waitid07/08).

package kernel

// stopSignals are the signals whose default action is stop
// (SIG_KERNEL_STOP_MASK).
var stopSignals = []Signal{SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU}

// stop stops p by sig: it leaves the run queue (a sleeping process keeps
// sleeping and, woken, still waits for SIGCONT), the stop becomes reportable
// to a WUNTRACED wait, and the parent is notified.
func (k *Kernel) stop(p *process, sig Signal) {
	if p.stopped {
		return
	}
	p.stopped, p.stopReport, p.contReport = true, sig, false
	p.tasks(k.requeue) // a group stop: every thread stops
	k.emit(Event{Kind: EventStop, PID: p.pid, Signal: sig})
	k.notifyParentCldstop(p)
}

// cont continues a stopped p (the SIGCONT branch of prepare_signal, which
// acts when the signal is sent, whatever its disposition): the stop is no
// longer reportable, the continue is, and the parent is notified.
func (k *Kernel) cont(p *process) {
	if !p.stopped {
		return
	}
	p.stopped, p.stopReport, p.contReport = false, 0, true
	p.tasks(k.requeue)
	k.emit(Event{Kind: EventContinue, PID: p.pid})
	k.notifyParentCldstop(p)
}

// notifyParentCldstop is do_notify_parent_cldstop: SIGCHLD to the parent
// unless it ignores SIGCHLD (SA_NOCLDSTOP is not modelled), and its matching
// WUNTRACED or WCONTINUED waits wake up.
func (k *Kernel) notifyParentCldstop(p *process) {
	parent := p.parent
	if parent.actions[SIGCHLD].Handler != SigIgnore {
		w := Continued
		if p.stopped {
			w = Stopped(p.stopReport)
		}
		k.deliver(parent, SIGCHLD, childInfo(p, w))
	}
	k.wakeWaiter(parent, p)
}

// flushOnStopOrCont is prepare_signal's mutual cancellation: a stop signal
// discards a pending SIGCONT, SIGCONT discards pending stop signals.
func flushOnStopOrCont(p *process, sig Signal) {
	switch {
	case sig == SIGCONT:
		for _, s := range stopSignals {
			p.pending.remove(s)
			p.held.remove(s)
		}
	case sig.Default() == ActStop:
		p.pending.remove(SIGCONT)
		p.held.remove(SIGCONT)
	}
}
