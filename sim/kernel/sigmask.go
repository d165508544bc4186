// Blocked signals: each task's mask (rt_sigprocmask), the signals held
// pending while every task blocks them (the shared pending set), their
// release when a mask lets them through, and sigwait, which takes one
// (kernel/signal.c sig_ignored, complete_signal, sigprocmask,
// do_sigtimedwait; signal(7), sigprocmask(2), sigwaitinfo(2)).
//
// What follows Linux here:
//   - a blocked signal is never ignored at arrival (sig_ignored), so a
//     blocked SIGCHLD is held even with its default action, and a blocked
//     SIG_IGN signal too, until an action that ignores it discards it
//     (do_sigaction) or it is unblocked (then dropped, as get_signal
//     does);
//   - a standard signal that is already held is dropped with its siginfo
//     (legacy_queue): the first sender's is kept;
//   - a process-directed signal goes to a task that does not block it
//     (complete_signal, wants_signal), the main thread first; only when
//     every task blocks it is it held;
//   - SIGCONT continues a stopped process even when blocked
//     (prepare_signal), and a stop signal discards a held SIGCONT;
//   - fork gives the child the forking thread's mask and nothing pending;
//     exec keeps both (execve(2));
//   - a sigwait for a signal the caller does not block still takes it,
//     because do_sigtimedwait unblocks the set while it sleeps, except
//     that an ignored one is dropped at arrival (so a sigwait for an
//     unblocked SIGCHLD waits for ever) and a fatal one kills the process
//     first (complete_signal checks real_blocked).

package kernel

// blockedByAll reports whether every task of p blocks sig.
func blockedByAll(p *process, sig Signal) bool {
	if !p.blocked.Has(sig) {
		return false
	}
	for _, t := range p.threads {
		if !t.blocked.Has(sig) {
			return false
		}
	}
	return true
}

// sigwaiter is a task of p sleeping in a sigwait for sig, or nil.
func sigwaiter(p *process, sig Signal) *process {
	if p.sleep == SleepSignal && p.waitSet.Has(sig) {
		return p
	}
	for _, t := range p.threads {
		if t.sleep == SleepSignal && t.waitSet.Has(sig) {
			return t
		}
	}
	return nil
}

// holds keeps sig pending at p, with its siginfo, when every task blocks it
// or a sigwait will take it, and wakes such a sigwait; it reports whether
// it did (else the signal acts at once: act).
func (k *Kernel) holds(p *process, sig Signal, info SigInfo) bool {
	defer k.heldChanged(p)
	w := sigwaiter(p, sig)
	switch {
	case blockedByAll(p, sig):
		k.emit(Event{Kind: EventSignal, PID: p.pid, Other: info.From, Signal: sig, Outcome: OutcomeBlocked})
		flushOnStopOrCont(p, sig)
		if sig == SIGCONT {
			k.cont(p)
		}
	case w != nil && !w.blocked.Has(sig):
		// The set is unblocked while its waiter sleeps: the signal is
		// taken by the sigwait unless arriving acts at once.
		switch k.outcome(p, sig) {
		case OutcomePending, OutcomeStop:
		default:
			return false
		}
		k.emit(Event{Kind: EventSignal, PID: p.pid, Other: info.From, Signal: sig, Outcome: OutcomeWaited})
	default:
		return false
	}
	if !p.held.has(sig) {
		p.held.add(sig)
		if p.heldInfo == nil {
			p.heldInfo = make([]SigInfo, maxSignal+1)
		}
		p.heldInfo[sig] = info
	}
	if w != nil {
		k.wake(w)
	}
	return true
}

// SetSigMask is rt_sigprocmask (pthread_sigmask) for task tid: how adds
// set to the task's mask, removes it, or replaces the mask with it; SIGKILL
// and SIGSTOP are left out silently. It returns the previous mask; EINVAL
// for another how. Held signals the new mask lets through act now, the
// lowest-numbered first, as the task would take them on its way back to
// user space (get_signal).
func (k *Kernel) SetSigMask(tid PID, how How, set SigMask) (SigMask, error) {
	t, err := k.caller(tid)
	if err != nil {
		return 0, err
	}
	old := t.blocked
	switch how {
	case SigBlock:
		t.blocked |= set
	case SigUnblock:
		t.blocked &^= set
	case SigSetmask:
		t.blocked = set
	default:
		return old, EINVAL
	}
	t.blocked &^= unblockable
	if t.blocked != old {
		k.emit(Event{Kind: EventSigmask, PID: t.pid, Mask: t.blocked})
	}
	p := t.main()
	defer k.heldChanged(p)
	for s := Signal(1); s <= maxSignal && p.state.Live(); s++ {
		if !p.held.has(s) || t.blocked.Has(s) {
			continue
		}
		p.held.remove(s)
		k.act(p, s, p.heldInfo[s])
	}
	return old, nil
}

// SigMaskOf is task tid's mask (0 for no such task).
func (k *Kernel) SigMaskOf(tid PID) SigMask {
	if t := k.live(tid); t != nil {
		return t.blocked
	}
	return 0
}

// SigPending is sigpending(2) for task tid: the signals held for its
// process.
func (k *Kernel) SigPending(tid PID) SigMask {
	t := k.live(tid)
	if t == nil {
		return 0
	}
	return SigMask(t.main().held)
}

// SigWait is rt_sigtimedwait for task tid: it takes the lowest-numbered
// held signal of set and returns it with its siginfo. When none is held it
// sleeps (ErrBlocked) until one is, or for at most timeout (timeout < 0: no
// limit), and is retried like Nanosleep; EAGAIN when the time is up (0
// polls). A handled signal outside the set ends the sleep with EINTR so
// that its handler runs before the retry (PEP 475), unless restart, for
// sigwait(3), which glibc restarts after EINTR: then the handler runs
// when the wait is over.
func (k *Kernel) SigWait(tid PID, set SigMask, timeout Duration, restart bool) (Signal, SigInfo, error) {
	t, err := k.caller(tid)
	if err != nil {
		return 0, SigInfo{}, err
	}
	p := t.main()
	if s, ok := (p.held & sigSet(set)).lowest(); ok {
		defer k.heldChanged(p)
		p.held.remove(s)
		info := p.heldInfo[s]
		k.endSigWait(t)
		k.emit(Event{Kind: EventSigwait, PID: t.pid, Other: info.From, Signal: s})
		return s, info, nil
	}
	dl := &t.sigDeadline
	switch {
	case dl.set && k.localTime(t) >= dl.at, !dl.set && timeout == 0:
		k.endSigWait(t)
		return 0, SigInfo{}, EAGAIN
	case !dl.set && timeout > 0:
		k.setDeadline(t, timerSig, k.localTime(t).Add(timeout))
	}
	t.waitSet, t.waitRestart = set, restart
	if !restart && k.hasHandledPending(t) {
		return 0, SigInfo{}, EINTR
	}
	return 0, SigInfo{}, k.block(t, SleepSignal, t.sigDeadline)
}

// heldChanged records the fact EventHeld when p's held signals are no
// longer the ones the last such fact gave.
func (k *Kernel) heldChanged(p *process) {
	if p.held != p.heldTold {
		p.heldTold = p.held
		k.emit(Event{Kind: EventHeld, PID: p.pid, Mask: SigMask(p.held)})
	}
}

func (k *Kernel) endSigWait(t *process) {
	k.clearDeadline(t, timerSig)
	t.waitSet, t.waitRestart = 0, false
}
