// The logical clock and the discrete-event scheduler: run queue, timers,
// blocking and waking.

package kernel

import "container/heap"

// Next fires due timers in time order and returns the runnable user process
// with the earliest ready time, moving the clock to that time. Ties go to the
// process that became runnable (or was charged) first; after fork the parent
// is ahead of its child, as with Linux's default sched_child_runs_first=0.
// Timers due at the same time as a ready process fire first, so a woken
// process queues behind it.
//
// ok is false when no process is runnable at or before limit; then the clock
// moves to limit if anything (a timer or a later ready time) is pending past
// it, and stays put if nothing will ever run (every process blocked for
// good, or none left).
func (k *Kernel) Next(limit Time) (pid PID, ok bool) {
	for {
		p := k.earliestRunnable()
		k.dropStaleTimers()
		t, hasTimer := k.timers.peek()
		if hasTimer && t.at <= limit && (p == nil || t.at <= p.ready) {
			k.advance(t.at)
			heap.Pop(&k.timers)
			k.fire(t)
			continue
		}
		if p != nil && p.ready <= limit {
			k.advance(p.ready)
			return p.pid, true
		}
		if hasTimer || p != nil {
			k.advance(limit)
		}
		return 0, false
	}
}

// Again reports whether Next(limit) would return pid with no timer firing
// first, and if so does what that call would: the clock moves to pid's
// ready time. Otherwise nothing changes and the caller calls Next.
func (k *Kernel) Again(pid PID, limit Time) bool {
	p := k.earliestRunnable()
	if p == nil || p.pid != pid || p.ready > limit {
		return false
	}
	k.dropStaleTimers()
	if t, ok := k.timers.peek(); ok && t.at <= limit && t.at <= p.ready {
		return false
	}
	k.advance(p.ready)
	return true
}

// advance moves the clock forward to t; it never goes back.
func (k *Kernel) advance(t Time) {
	if t > k.now {
		k.now = t
	}
}

// earliestRunnable is the runnable process that is ready first (ties: the
// one queued first): the top of the run queue, a min-heap by (ready, seq),
// so that picking it costs O(1) and every change O(log n) however many
// processes are runnable.
func (k *Kernel) earliestRunnable() *process {
	if len(k.runq) == 0 {
		return nil
	}
	return k.runq[0]
}

// Charge records that pid ran for d: its ready time and CPU time move
// forward, and it goes to the back of the queue among processes ready at the
// same time. Charging a sleeping process delays when it can run after waking.
func (k *Kernel) Charge(pid PID, d Duration) {
	p := k.live(pid)
	if p == nil || d < 0 {
		return
	}
	p.cpu += d
	p.ready = k.localTime(p).Add(d)
	p.seq = k.nextSeq()
	if p.runIdx >= 0 && len(k.runq) > 1 {
		heap.Fix(&k.runq, p.runIdx)
	}
}

// localTime is where a process is on the clock: now, or later if it has been
// charged for work beyond now. Deadlines and a child's start are measured
// from it.
func (k *Kernel) localTime(p *process) Time {
	if p.ready > k.now {
		return p.ready
	}
	return k.now
}

func (k *Kernel) nextSeq() uint64 {
	k.seq++
	return k.seq
}

// enqueue and dequeue are requeue's halves; enqueue puts p at the back of
// the processes ready at its time.
func (k *Kernel) enqueue(p *process) {
	p.ready = k.localTime(p)
	p.seq = k.nextSeq()
	heap.Push(&k.runq, p)
}

func (k *Kernel) dequeue(p *process) {
	heap.Remove(&k.runq, p.runIdx)
}

// runQueue is the runnable user processes, a min-heap by (ready, seq);
// each process knows its index (runIdx, -1 when not queued).
type runQueue []*process

func (q runQueue) Len() int { return len(q) }
func (q runQueue) Less(i, j int) bool {
	return q[i].ready < q[j].ready || (q[i].ready == q[j].ready && q[i].seq < q[j].seq)
}
func (q runQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].runIdx, q[j].runIdx = i, j
}
func (q *runQueue) Push(x any) {
	p := x.(*process)
	p.runIdx = len(*q)
	*q = append(*q, p)
}
func (q *runQueue) Pop() any {
	old := *q
	p := old[len(old)-1]
	old[len(old)-1] = nil
	*q = old[:len(old)-1]
	p.runIdx = -1
	return p
}

// block puts the caller to sleep for reason, until a deadline if until is
// set, and returns ErrBlocked.
func (k *Kernel) block(p *process, why SleepReason, until deadline) error {
	k.setState(p, StateSleeping, why)
	p.wchan = ""
	e := Event{Kind: EventBlock, PID: p.pid, Sleep: why}
	if until.set {
		e.Until = until.at
	}
	k.emit(e)
	return ErrBlocked
}

// wake makes a sleeping user process runnable; it will retry its call.
func (k *Kernel) wake(p *process) {
	if p.state != StateSleeping || !p.user {
		return
	}
	k.setState(p, StateRunning, SleepNone)
	p.blockedOn = p.blockedOn[:0]
	k.emit(Event{Kind: EventWake, PID: p.pid})
}

// CancelRetry forgets what a blocked call remembers across retries: the
// deadline of a nanosleep or poll, the progress of a write to a full pipe.
// The interpreter calls it when it abandons a retried call (a signal
// handler raised an exception).
func (k *Kernel) CancelRetry(pid PID) {
	if p := k.task(pid); p != nil {
		k.forgetRetry(p)
		// A call abandoned while its task sleeps (the VM could not block
		// where it was) leaves the task running.
		k.wake(p)
	}
}

func (k *Kernel) forgetRetry(p *process) {
	k.clearDeadline(p, timerSleep)
	k.clearDeadline(p, timerPoll)
	k.semForget(p)
	p.written = 0
	k.clearDeadline(p, timerSig)
	p.waitSet, p.waitRestart = 0, false
}

// Timers.

type timerKind uint8

const (
	timerSleep    timerKind = iota // a nanosleep deadline
	timerPoll                      // a poll deadline
	timerSem                       // a semaphore wait's deadline
	timerGIL                       // a wait for the GIL: the switch interval
	timerInitReap                  // InitReapsLate: init reaps one zombie
	timerSig                       // a sigtimedwait deadline
)

type timer struct {
	at   Time
	seq  uint64
	kind timerKind
	gen  uint64
	// task is the task the timer is for: the scheduler asks whether the
	// earliest timer is stale at every line, and a pointer needs no table
	// lookup; a freed task, whose pid may be another's, says so
	// (process.freed).
	task *process
}

func (k *Kernel) addTimer(t timer) {
	t.seq = k.nextSeq()
	heap.Push(&k.timers, t)
}

// fire runs a due timer that is not stale.
func (k *Kernel) fire(t timer) {
	p := t.task
	if t.kind == timerInitReap {
		k.reap(k.init, p)
		return
	}
	k.wake(p)
}

// stale reports whether a timer has lost its purpose: its deadline was
// cleared or replaced, its zombie was reaped, its process is gone.
func (k *Kernel) stale(t timer) bool {
	p := t.task
	if p.freed {
		return true
	}
	if t.kind == timerInitReap {
		return p.state != StateZombie || p.parent != k.init
	}
	dl := p.deadline(t.kind)
	return !dl.set || dl.gen != t.gen
}

// dropStaleTimers pops stale timers off the top, so that they neither move
// the clock nor count as pending work.
func (k *Kernel) dropStaleTimers() {
	for len(k.timers) > 0 && k.stale(k.timers[0]) {
		heap.Pop(&k.timers)
	}
}

// timerQueue is a min-heap by (at, seq).
type timerQueue []timer

func (q timerQueue) Len() int { return len(q) }
func (q timerQueue) Less(i, j int) bool {
	return q[i].at < q[j].at || (q[i].at == q[j].at && q[i].seq < q[j].seq)
}
func (q timerQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *timerQueue) Push(x any)   { *q = append(*q, x.(timer)) }
func (q *timerQueue) Pop() any {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	return t
}

func (q timerQueue) peek() (timer, bool) {
	if len(q) == 0 {
		return timer{}, false
	}
	return q[0], true
}
