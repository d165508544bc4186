// Semaphores: what CPython's locks are made of. A thread lock
// (Python/thread_pthread.h with USE_SEMAPHORES) is an unnamed POSIX
// semaphore in process memory: fork copies it, held or not. A
// multiprocessing lock (Modules/_multiprocessing/semaphore.c) is a named
// one (sem_open), shared by every process that has it open. Both sleep in
// the kernel on a futex; here a semaphore is a counter with a FIFO of
// sleepers, and sem_post hands the count straight to the first sleeper
// (so a releasing thread cannot take a lock back before the woken one
// runs, which is what CPython's GIL forces with FORCE_SWITCHING).

package kernel

// sem is one semaphore.
type sem struct {
	value   int
	name    string // "" for an unnamed (process-private) one
	gil     bool   // an interpreter's GIL (its own deadline slot and sleep reason)
	waiters []PID  // sleeping tasks, FIFO
}

// GILOpen gives pid a private semaphore for its interpreter's GIL, with
// count 0: the caller holds it.
func (k *Kernel) GILOpen(pid PID) (int, error) {
	h, err := k.SemOpen(pid, "", 0, true)
	if err != nil {
		return 0, err
	}
	t, _ := k.caller(pid)
	t.sems[h].gil = true
	return h, nil
}

// SemOpen gives pid a new semaphore with that value and returns its handle.
// An unnamed one is private: fork copies it. A named one is shared: fork
// shares it, and SemOpen with the same name from any process opens the same
// semaphore (create is then ignored). ENOENT for a name nobody created
// without create.
func (k *Kernel) SemOpen(pid PID, name string, value int, create bool) (int, error) {
	t, err := k.caller(pid)
	if err != nil {
		return 0, err
	}
	if value < 0 {
		return 0, EINVAL
	}
	var s *sem
	if name != "" {
		s = k.named[name]
		if s == nil && !create {
			return 0, ENOENT
		}
	}
	if s == nil {
		s = &sem{value: value, name: name}
		if name != "" {
			k.named[name] = s
		}
	}
	t.sems = append(t.sems, s)
	return len(t.sems) - 1, nil
}

// SemUnlink is sem_unlink: the name is forgotten; processes that have the
// semaphore open keep it.
func (k *Kernel) SemUnlink(name string) error {
	if k.named[name] == nil {
		return ENOENT
	}
	delete(k.named, name)
	return nil
}

func (k *Kernel) semOf(t *process, h int) (*sem, error) {
	if h < 0 || h >= len(t.sems) || t.sems[h] == nil {
		return nil, EINVAL
	}
	return t.sems[h], nil
}

// SemWait is sem_wait / sem_timedwait for a task. It returns ok=true when
// it took one count. With timeout 0 it never sleeps (sem_trywait): ok=false
// when the count is 0. With timeout < 0 it sleeps until a post; with
// timeout > 0 until a post or the deadline (caller's time + timeout, set by
// the first call and kept across retries, as Nanosleep's): ok=false then.
// A sleeping call returns ErrBlocked and is retried when woken. A handled
// signal pending for the main thread gives EINTR (CPython runs the handler
// and retries the acquire, Python/thread_pthread.h since 3.2).
func (k *Kernel) SemWait(tid PID, h int, timeout Duration) (ok bool, err error) {
	t, err := k.caller(tid)
	if err != nil {
		return false, err
	}
	s, err := k.semOf(t, h)
	if err != nil {
		return false, err
	}
	kind, why := timerSem, SleepLock
	if s.gil {
		kind, why = timerGIL, SleepGIL
	}
	if t.takeGrant(s) {
		k.semDone(t, s)
		return true, nil
	}
	if s.value > 0 {
		s.value--
		k.semDone(t, s)
		return true, nil
	}
	if timeout == 0 {
		return false, nil
	}
	if timeout > 0 {
		if done, expired := k.deadlinePassed(t, kind, timeout); done {
			k.semDone(t, s)
			return false, nil
		} else if expired != nil && !s.gil {
			k.semDone(t, s)
			return false, expired
		}
	} else if k.hasHandledPending(t) && !s.gil {
		k.semDone(t, s)
		return false, EINTR
	}
	if !t.sleepsOnSem(s) {
		t.semOn = append(t.semOn, s)
		s.waiters = append(s.waiters, t.pid)
	}
	until := deadline{}
	if timeout > 0 {
		until = *t.deadline(kind)
	}
	return false, k.block(t, why, until)
}

func (t *process) takeGrant(s *sem) bool {
	for i, g := range t.granted {
		if g == s {
			t.granted = append(t.granted[:i:i], t.granted[i+1:]...)
			return true
		}
	}
	return false
}

func (t *process) sleepsOnSem(s *sem) bool {
	for _, x := range t.semOn {
		if x == s {
			return true
		}
	}
	return false
}

// semDone forgets a finished wait on s: its place in the sleepers' line
// and its deadline.
func (k *Kernel) semDone(t *process, s *sem) {
	for i, x := range t.semOn {
		if x == s {
			t.semOn = append(t.semOn[:i:i], t.semOn[i+1:]...)
			s.waiters = removePID(s.waiters, t.pid)
			break
		}
	}
	if s.gil {
		k.clearDeadline(t, timerGIL)
	} else {
		k.clearDeadline(t, timerSem)
	}
}

// semForget drops every semaphore wait of t (its call is abandoned, or it
// exits); a count already handed to it goes back.
func (k *Kernel) semForget(t *process) {
	for _, s := range t.semOn {
		s.waiters = removePID(s.waiters, t.pid)
	}
	t.semOn = t.semOn[:0]
	for _, s := range t.granted {
		k.post(s)
	}
	t.granted = t.granted[:0]
	k.clearDeadline(t, timerSem)
	k.clearDeadline(t, timerGIL)
}

func removePID(xs []PID, pid PID) []PID {
	for i, x := range xs {
		if x == pid {
			return append(xs[:i:i], xs[i+1:]...)
		}
	}
	return xs
}

// SemPost is sem_post: the first task still sleeping on the semaphore gets
// the count and wakes; with none, the count goes up.
func (k *Kernel) SemPost(tid PID, h int) error {
	t, err := k.caller(tid)
	if err != nil {
		return err
	}
	s, err := k.semOf(t, h)
	if err != nil {
		return err
	}
	k.post(s)
	return nil
}

func (k *Kernel) post(s *sem) {
	for len(s.waiters) > 0 {
		w := k.task(s.waiters[0])
		s.waiters = s.waiters[1:]
		if w == nil || !w.sleepsOnSem(s) || !w.state.Live() {
			continue
		}
		for i, x := range w.semOn {
			if x == s {
				w.semOn = append(w.semOn[:i:i], w.semOn[i+1:]...)
				break
			}
		}
		w.granted = append(w.granted, s)
		k.wake(w)
		return
	}
	s.value++
}

// SemIsGIL reports whether tid's handle h is its interpreter's GIL.
func (k *Kernel) SemIsGIL(tid PID, h int) bool {
	t, err := k.caller(tid)
	if err != nil {
		return false
	}
	s, err := k.semOf(t, h)
	return err == nil && s.gil
}

// SemValue is sem_getvalue.
func (k *Kernel) SemValue(pid PID, h int) (int, error) {
	t, err := k.caller(pid)
	if err != nil {
		return 0, err
	}
	s, err := k.semOf(t, h)
	if err != nil {
		return 0, err
	}
	return s.value, nil
}

// forkSems gives a child its parent's semaphores: unnamed ones copied with
// their count (a lock held at fork stays held in the child, by nobody),
// named ones shared.
func forkSems(parent []*sem) []*sem {
	out := make([]*sem, len(parent))
	for i, s := range parent {
		if s != nil && s.name == "" {
			s = &sem{value: s.value, gil: s.gil}
		}
		out[i] = s
	}
	return out
}
