// Sending signals and what they do on arrival (kernel/signal.c
// kill_something_info, sig_task_ignored, do_sigaction; signal(7)).

package kernel

import "math"

// Kill is kill(2) from sender. target > 0 is one process, 0 the sender's
// process group, -1 every process but init and the sender, < -1 the group
// -target. ESRCH when nothing matches (also for INT_MIN, kill_something_info);
// EINVAL for a signal other than 0..31. Signal 0 only checks existence. A
// zombie is found (no error) but nothing happens to it. Credentials are not
// modelled, so there is no EPERM.
func (k *Kernel) Kill(sender, target PID, sig Signal) error {
	if sig != 0 && !sig.Valid() {
		return EINVAL
	}
	targets, err := k.killTargets(sender, target)
	if err != nil {
		return err
	}
	if sig == 0 {
		return nil
	}
	for _, p := range targets {
		k.deliver(p, sig, killInfo(sender))
	}
	return nil
}

// TimerSignal sends sig to process pid from the kernel itself, as an
// interval timer's expiry does (it_real_fn: kill_pid_info with
// SEND_SIG_PRIV, so si_code is SI_KERNEL). The trace names the process as
// the sender: its own timer.
func (k *Kernel) TimerSignal(pid PID, sig Signal) {
	if p := k.live(pid); p != nil && sig.Valid() {
		k.deliver(p.main(), sig, SigInfo{Code: SiKernel, From: p.main().pid})
	}
}

// killTargets resolves kill's pid argument into processes, in pid order.
func (k *Kernel) killTargets(sender, target PID) ([]*process, error) {
	var match func(p *process) bool
	switch {
	case target > 0:
		if p := k.task(target); p != nil {
			return []*process{p.main()}, nil
		}
		return nil, ESRCH
	case target == math.MinInt32:
		return nil, ESRCH
	case target == -1:
		match = func(p *process) bool { return p.pid != 1 && p.pid != sender }
	case target == 0:
		s := k.task(sender)
		if s == nil {
			return nil, ESRCH
		}
		pgid := s.pgid
		match = func(p *process) bool { return p.pgid == pgid }
	default:
		match = func(p *process) bool { return p.pgid == -target }
	}
	var out []*process
	for _, pid := range k.sortedPIDs() {
		if p := k.procs[pid]; match(p) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil, ESRCH
	}
	return out, nil
}

// SignalOutcome is what a signal does when it reaches a process.
type SignalOutcome uint8

const (
	OutcomeTerminate SignalOutcome = iota
	OutcomePending
	OutcomeIgnored
	OutcomeIgnoredByDefault
	OutcomeZombie
	OutcomeUnkillable
	OutcomeHandledByKernel
	OutcomeStop
	OutcomeContinue
	OutcomeKernelIgnoresStop
	OutcomeBlocked // every task blocks it: held pending (sigmask.go)
	OutcomeWaited  // held for the sigwait that waits for it
)

func (o SignalOutcome) String() string {
	return [...]string{
		OutcomeTerminate:         "terminate",
		OutcomePending:           "pending",
		OutcomeIgnored:           "ignored",
		OutcomeIgnoredByDefault:  "ignored by default",
		OutcomeZombie:            "no effect on a zombie",
		OutcomeUnkillable:        "dropped: init ignores signals it has no handler for",
		OutcomeHandledByKernel:   "handled",
		OutcomeStop:              "stop",
		OutcomeContinue:          "continue",
		OutcomeKernelIgnoresStop: "ignored: init and the shell are not stopped",
		OutcomeBlocked:           "blocked, stays pending",
		OutcomeWaited:            "pending for sigwait",
	}[o]
}

// outcome decides what sig does to p. Init drops every signal it has no
// handler for, SIGKILL included (sig_task_ignored: SIGNAL_UNKILLABLE); the
// kernel-driven init and shell handle SIGCHLD themselves, except a
// never-reaping init, which leaves it at its default.
func (k *Kernel) outcome(p *process, sig Signal) SignalOutcome {
	act := p.actions[sig]
	switch {
	case !p.state.Live():
		return OutcomeZombie
	case p == k.init && sig == SIGCHLD && k.cfg.Init == InitNeverReaps:
		return OutcomeIgnoredByDefault
	case !p.user && sig == SIGCHLD:
		return OutcomeHandledByKernel
	case p == k.init && act.Handler != SigHandler:
		return OutcomeUnkillable
	case sig == SIGKILL:
		return OutcomeTerminate
	case act.Handler == SigIgnore:
		return OutcomeIgnored
	case act.Handler == SigHandler:
		return OutcomePending
	}
	switch sig.Default() {
	case ActTerm, ActCore:
		return OutcomeTerminate
	case ActStop:
		if !p.user {
			return OutcomeKernelIgnoresStop
		}
		return OutcomeStop
	case ActCont:
		return OutcomeContinue
	}
	return OutcomeIgnoredByDefault
}

// deliver makes sig arrive at p with its siginfo: held pending when every
// task of p blocks it or a sigwait takes it (holds, sigmask.go), else acted
// on at once (act).
func (k *Kernel) deliver(p *process, sig Signal, info SigInfo) {
	if p.state.Live() && p.user && k.holds(p, sig, info) {
		return
	}
	k.act(p, sig, info)
}

// act is what sig does on arrival: a handled signal becomes pending for
// the interpreter and wakes an interruptible sleep (signal_wake_up; not
// sigwait(3)'s, which glibc restarts after EINTR); a fatal one kills p; a
// stop signal stops it. SIGCONT continues a stopped process before its
// disposition is looked at (prepare_signal).
func (k *Kernel) act(p *process, sig Signal, info SigInfo) {
	defer k.heldChanged(p.main())
	out := k.outcome(p, sig)
	kind := EventSignal
	if out == OutcomePending {
		kind = EventSignalPending
	}
	k.emit(Event{Kind: kind, PID: p.pid, Other: info.From, Signal: sig, Outcome: out})
	if p.state.Live() {
		flushOnStopOrCont(p, sig)
		if sig == SIGCONT {
			k.cont(p)
		}
	}
	switch out {
	case OutcomePending:
		p.pending.add(sig)
		if !(p.sleep == SleepSignal && p.waitRestart) {
			k.wake(p)
		}
	case OutcomeTerminate:
		k.exit(p, Signaled(sig))
	case OutcomeStop:
		k.stop(p, sig)
	}
}

// SetSignalAction is sigaction(2) for pid: it installs act for sig and
// returns the previous action. EINVAL for SIGKILL, SIGSTOP and invalid
// numbers. A pending signal that the new action ignores is discarded
// (do_sigaction); one whose action became a fatal default kills at once.
func (k *Kernel) SetSignalAction(pid PID, sig Signal, act SigAction) (SigAction, error) {
	p, err := k.caller(pid)
	if err != nil {
		return SigAction{}, err
	}
	if !sig.Valid() || sig == SIGKILL || sig == SIGSTOP {
		return SigAction{}, EINVAL
	}
	old := p.actions[sig]
	p.actions[sig] = act
	k.emit(Event{Kind: EventSigaction, PID: p.pid, Signal: sig, Action: act})
	if act.Handler == SigIgnore || act.Handler == SigDefault && (sig.Default() == ActIgnore || sig == SIGCONT) {
		// POSIX: an action that ignores the signal discards it, held or
		// not (do_sigaction, sig_handler_ignored).
		p.held.remove(sig)
		k.heldChanged(p.main())
	}
	k.deliverDefaultPending(p)
	return old, nil
}

// deliverDefaultPending settles pending signals whose action is no longer a
// handler: ignored ones are dropped, fatal ones kill.
func (k *Kernel) deliverDefaultPending(p *process) {
	for s := Signal(1); s <= maxSignal && p.state.Live(); s++ {
		if !p.pending.has(s) || p.actions[s].Handler == SigHandler {
			continue
		}
		p.pending.remove(s)
		if k.outcome(p, s) == OutcomeTerminate {
			k.emit(Event{Kind: EventSignal, PID: p.pid, Other: p.pid, Signal: s, Outcome: OutcomeTerminate})
			k.exit(p, Signaled(s))
		}
	}
}

// TakePendingSignal removes and returns pid's lowest-numbered pending
// signal; the interpreter then runs its handler (CPython runs handlers in
// signal-number order too, in PyErr_CheckSignals).
func (k *Kernel) TakePendingSignal(pid PID) (Signal, bool) {
	p := k.live(pid)
	if p == nil {
		return 0, false
	}
	s, ok := p.pending.lowest()
	if ok {
		p.pending.remove(s)
	}
	return s, ok
}

// HasPendingSignal reports whether pid has a handled signal waiting.
func (k *Kernel) HasPendingSignal(pid PID) bool {
	p := k.live(pid)
	return p != nil && p.pending != 0
}

// hasHandledPending reports whether a handled signal waits for p: for the
// main thread only, where CPython runs Python handlers (a process-directed
// signal goes to the main thread when it can take it, complete_signal).
func (k *Kernel) hasHandledPending(p *process) bool { return p.leader == nil && p.pending != 0 }
