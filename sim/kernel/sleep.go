// Sleeping: nanosleep with a deadline that survives interruptions, the way
// CPython's time.sleep retries after a signal handler (PEP 475).

package kernel

// deadline is the end of a timed blocking call, remembered across retries.
type deadline struct {
	at  Time
	set bool
	gen uint64 // changes with every arming or clearing, making old timers stale
}

// deadline returns p's deadline slot for a nanosleep or a poll.
func (p *process) deadline(kind timerKind) *deadline {
	switch kind {
	case timerPoll:
		return &p.pollDeadline
	case timerSem:
		return &p.semDeadline
	case timerGIL:
		return &p.gilDeadline
	case timerSig:
		return &p.sigDeadline
	}
	return &p.sleepDeadline
}

// setDeadline arms p's deadline of that kind and a timer that wakes p then.
func (k *Kernel) setDeadline(p *process, kind timerKind, at Time) {
	dl := p.deadline(kind)
	dl.at, dl.set = at, true
	dl.gen++
	k.addTimer(timer{at: at, kind: kind, gen: dl.gen, task: p})
}

// clearDeadline forgets it; a pending timer for it becomes stale.
func (k *Kernel) clearDeadline(p *process, kind timerKind) {
	dl := p.deadline(kind)
	dl.set = false
	dl.gen++
}

// Nanosleep sleeps d. The first call sets the deadline (the caller's time +
// d) and returns ErrBlocked. A call while a deadline is remembered is a
// retry: nil once the deadline has passed, else ErrBlocked again. A handled
// signal wakes the sleeper early; the interpreter runs the handler (which
// may make other system calls, even poll) and retries, and the original
// deadline holds. EINVAL for d < 0; d == 0 returns at once.
func (k *Kernel) Nanosleep(pid PID, d Duration) error {
	p, err := k.caller(pid)
	if err != nil {
		return err
	}
	if d < 0 {
		return EINVAL
	}
	if d == 0 && !p.sleepDeadline.set {
		return nil
	}
	if done, expired := k.deadlinePassed(p, timerSleep, d); done {
		return nil
	} else if expired != nil {
		return expired
	}
	return k.block(p, SleepTimer, p.sleepDeadline)
}

// deadlinePassed is the timed part shared by Nanosleep and Poll. On a first
// call (no deadline of that kind remembered) with d > 0 it arms the
// deadline. done is true when the remembered deadline has passed (it is then
// forgotten). err is EINTR when the call would sleep but a handled signal is
// pending.
func (k *Kernel) deadlinePassed(p *process, kind timerKind, d Duration) (done bool, err error) {
	dl := p.deadline(kind)
	switch {
	case dl.set && k.localTime(p) >= dl.at:
		k.clearDeadline(p, kind)
		return true, nil
	case !dl.set && d > 0:
		k.setDeadline(p, kind, k.localTime(p).Add(d))
	}
	if k.hasHandledPending(p) {
		return false, EINTR
	}
	return false, nil
}
