// Narration: one sentence per step, in English and Chinese, told from the
// most telling thing that happened since the previous step (a reap beats a
// zombie beats a fork beats a sleep …) and the line that caused it, or, when
// nothing happened, from the line about to run.

package playback

import (
	"fmt"
	"math/bits"
	"strings"

	"zombielab/sim"
	"zombielab/sim/kernel"
)

// note is a non-line record seen between two steps, with the stack its
// process had then (the line that caused it).
type note struct {
	rec   sim.Record
	stack int32
}

// weight orders what is worth telling; 0 is never told.
func weight(r sim.Record, e kernel.Event) int {
	switch r.Kind {
	case sim.RecStop:
		return 12
	case sim.RecUncaught:
		return 8
	case sim.RecChildren:
		return 3
	case sim.RecOutput:
		return 4
	case sim.RecKernel:
	default:
		return 0 // state facts, roles, checkpoints: told by what caused them
	}
	switch e.Kind {
	case kernel.EventReap, kernel.EventReleased:
		return 10
	case kernel.EventZombie, kernel.EventWaitFailed:
		return 9
	case kernel.EventWaitNone:
		return 4
	case kernel.EventReparent:
		return 8
	case kernel.EventFork, kernel.EventForkFailed:
		return 7
	case kernel.EventExec:
		return 6
	case kernel.EventSignal:
		if e.Signal == kernel.SIGCHLD && e.Outcome != kernel.OutcomeBlocked && e.Outcome != kernel.OutcomeWaited {
			return 1 // told by the exit it announces
		}
		return 5
	case kernel.EventExit:
		return 5
	case kernel.EventSigaction, kernel.EventSubreaper, kernel.EventStop, kernel.EventContinue, kernel.EventSigmask:
		return 6
	case kernel.EventSigwait:
		return 5
	case kernel.EventSignalPending:
		return 5
	case kernel.EventEOF:
		return 3
	case kernel.EventBlock, kernel.EventPipe, kernel.EventSendFDs, kernel.EventRecvFDs,
		kernel.EventListen, kernel.EventConnect, kernel.EventAccept:
		if e.Sleep == kernel.SleepGIL {
			return 0 // GIL hand-offs: told only when stepping into them
		}
		return 2
	case kernel.EventRead:
		if e.Bytes == 0 {
			return 3
		}
		return 1
	case kernel.EventWake, kernel.EventClose, kernel.EventWrite, kernel.EventSetpgid:
		if e.TID != 0 {
			return 0 // a thread's switches are told only by its lines
		}
		return 1
	case kernel.EventClone:
		return 7
	case kernel.EventThreadExit:
		return 5
	}
	return 0
}

// narrate tells the step: the two most telling notes, in trace order, or
// the line itself.
func (p *Player) narrate(s *Snapshot, notes []note) Narration {
	best, second := -1, -1
	bw, sw := 0, 0
	for k, n := range notes {
		e := p.eventOf(n.rec)
		w := weight(n.rec, e)
		if e.Kind == kernel.EventExit && n.rec.Kind == sim.RecKernel && toldWithExit(p, notes[k+1:], e.PID) {
			w = 0 // the zombie or auto-reap sentence tells the exit too
		}
		switch {
		case w > bw:
			second, sw = best, bw
			best, bw = k, w
		case w > sw:
			second, sw = k, w
		}
	}
	if best < 0 {
		return narration(p.lineSentence(s))
	}
	picked := []int{best}
	if second >= 0 && sw >= 5 {
		picked = []int{best, second}
		if p.tellsFirst(notes[second], notes[best], second < best) {
			picked = []int{second, best}
		}
	}
	var told []phrase
	for _, k := range picked {
		told = append(told, p.dated(notes[k], s, p.noteSentence(notes[k], notes, s)))
	}
	return narration(told...)
}

// dated prefixes a sentence with the time its note happened when that is
// not the step's own time (to the millisecond): a step over a long sleep,
// or a step-over across many lines, must not date old events to now.
func (p *Player) dated(n note, s *Snapshot, told phrase) phrase {
	at := millis(p.rel(n.rec.Time))
	if at == millis(s.Time) {
		return told
	}
	return say(sAt, at, told)
}

// millis prints a relative time in seconds to the millisecond ("1.004").
func millis(d kernel.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	ms := (d + kernel.Millisecond/2) / kernel.Millisecond
	return fmt.Sprintf("%s%d.%03d", sign, ms/1000, ms%1000)
}

func (p *Player) eventOf(r sim.Record) kernel.Event {
	if r.Kind == sim.RecKernel || r.Kind == sim.RecOutput || r.Kind == sim.RecState {
		return p.tr.Event(r)
	}
	return kernel.Event{}
}

// lineSentence: nothing happened but a line about to run (or, at a step
// of events with no line, nothing worth telling: say the line last run).
func (p *Player) lineSentence(s *Snapshot) phrase {
	where := fmt.Sprintf("%s:%d", s.Line.File, s.Line.Line)
	var who worded = proc(s.PID)
	if s.TID != 0 {
		who = thread{s.TID, s.PID}
	}
	if s.SourceLine == "" {
		return say(sRunsFunc, who, where, s.Line.Func)
	}
	return say(sRunsSource, who, where, s.SourceLine)
}

// cause is the call in the line a note's process was running, such as
// "os.waitpid(self.pid, flag)", or "" when the process runs no Python or
// the line names no call of the os module.
func (p *Player) cause(n note) string {
	if n.stack < 0 {
		return ""
	}
	frames := p.tr.Frames(sim.Record{Kind: sim.RecLine, Ref: n.stack})
	top := frames[len(frames)-1]
	return osCall(p.src.line(top.File, top.Line))
}

// osCall extracts the first "os.name(...)" call of a source line, with its
// arguments as written.
func osCall(line string) string {
	i := strings.Index(line, "os.")
	for i > 0 && isIdent(line[i-1]) {
		j := strings.Index(line[i+1:], "os.")
		if j < 0 {
			return ""
		}
		i += 1 + j
	}
	if i < 0 {
		return ""
	}
	depth := 0
	for j := i; j < len(line); j++ {
		switch line[j] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return line[i : j+1]
			}
		}
	}
	return ""
}

func isIdent(c byte) bool {
	return c == '_' || c == '.' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// tellsFirst says whether note a is told before note b: a signal before
// the death it causes, a death before what follows from it (an adoption, a
// reap), else trace order.
func (p *Player) tellsFirst(a, b note, aEarlier bool) bool {
	if sa, sb := p.eventOf(a.rec).Kind == kernel.EventSignal, p.eventOf(b.rec).Kind == kernel.EventSignal; sa != sb {
		return sa
	}
	da, db := p.isDeath(a), p.isDeath(b)
	if da != db {
		return da
	}
	return aEarlier
}

func (p *Player) isDeath(n note) bool {
	if n.rec.Kind != sim.RecKernel {
		return false
	}
	switch p.tr.Event(n.rec).Kind {
	case kernel.EventExit, kernel.EventZombie, kernel.EventReleased:
		return true
	}
	return false
}

// toldWithExit reports whether a later note is pid's zombie or auto-reap.
func toldWithExit(p *Player, later []note, pid kernel.PID) bool {
	for _, n := range later {
		if n.rec.Kind != sim.RecKernel || n.rec.PID != pid {
			continue
		}
		if k := p.tr.Event(n.rec).Kind; k == kernel.EventZombie || k == kernel.EventReleased {
			return true
		}
	}
	return false
}

// reapedAmong reports whether pid is reaped within the notes.
func (p *Player) reapedAmong(notes []note, pid kernel.PID) bool {
	for _, n := range notes {
		if n.rec.Kind == sim.RecKernel {
			if e := p.tr.Event(n.rec); e.Kind == kernel.EventReap && e.Other == pid {
				return true
			}
		}
	}
	return false
}

// exitOf finds pid's exit status among the notes.
func (p *Player) exitOf(earlier []note, pid kernel.PID) (kernel.WaitStatus, bool) {
	for k := len(earlier) - 1; k >= 0; k-- {
		n := earlier[k]
		if n.rec.Kind == sim.RecKernel && n.rec.PID == pid {
			if e := p.tr.Event(n.rec); e.Kind == kernel.EventExit {
				return e.Status, true
			}
		}
	}
	return 0, false
}

func (p *Player) noteSentence(n note, earlier []note, s *Snapshot) phrase {
	switch n.rec.Kind {
	case sim.RecStop:
		return endSentence(s)
	case sim.RecUncaught:
		return say(sUncaught, int(n.rec.PID), p.tr.Uncaught(n.rec))
	case sim.RecChildren:
		return say(sChildren, int(n.rec.PID), p.tr.Children(n.rec))
	case sim.RecOutput:
		e := p.tr.Event(n.rec)
		return say(sPrints, int(e.PID), strings.TrimSuffix(e.Data, "\n"))
	}
	e := p.tr.Event(n.rec)
	if e.Kind == kernel.EventZombie || e.Kind == kernel.EventReleased {
		if st, ok := p.exitOf(earlier, e.PID); ok {
			if e.Kind == kernel.EventZombie && p.reapedAmong(earlier, e.PID) {
				return becauseOf(say(sReapedSoon, int(e.PID), status(st)), uncaughtOf(s, e.PID))
			}
			return becauseOf(exitSentence(e, st, parentOf(s, e.PID)), uncaughtOf(s, e.PID))
		}
	}
	if e.Kind == kernel.EventExit {
		return becauseOf(eventSentence(e, p.cause(n)), uncaughtOf(s, e.PID))
	}
	return eventSentence(e, p.cause(n))
}

// uncaughtOf is the exception that ended pid's program, if the snapshot
// still knows the process (the main process is always known).
func uncaughtOf(s *Snapshot, pid kernel.PID) string {
	if pid == s.Main {
		return s.MainUncaught
	}
	for _, p := range s.Procs {
		if p.PID == pid {
			return p.Uncaught
		}
	}
	return ""
}

// becauseOf adds the uncaught exception behind an exit to its sentence.
func becauseOf(ph phrase, why string) phrase {
	if why == "" {
		return ph
	}
	return say(sBecause, ph, why)
}

// endSentence tells how the run ended, and how the main process did.
func endSentence(s *Snapshot) phrase {
	end := say(sEndOther)
	switch s.Stop {
	case sim.AllExited:
		end = say(sEndAll)
	case sim.ReachedUntil:
		end = say(sEndUntil)
	case sim.ReachedCheckpoint:
		end = say(sEndCheckpoint)
	case sim.ReachedCap:
		end = say(sEndCap)
	case sim.Deadlock:
		end = say(sEndDeadlock)
	}
	if !s.MainExited {
		return end
	}
	st := s.MainStatus
	end = say(sMainExited, end, int(s.Main), status(st))
	if st.Signaled() {
		end = say(sShellStatus, end, 128+int(st.Signal()))
	}
	return becauseOf(end, s.MainUncaught)
}

// parentOf is pid's parent in the snapshot (0 if it is gone).
func parentOf(s *Snapshot, pid kernel.PID) kernel.PID {
	for _, p := range s.Procs {
		if p.PID == pid {
			return p.PPID
		}
	}
	return 0
}

// exitSentence tells an exit together with what became of the process.
func exitSentence(e kernel.Event, st kernel.WaitStatus, par kernel.PID) phrase {
	if e.Kind == kernel.EventZombie {
		return say(sExitZombie, int(e.PID), status(st), parent(par))
	}
	return say(sExitReleased, int(e.PID), status(st), int(e.Other), e.Action)
}

// eventSentence tells one kernel event; call is the Python call behind it.
func eventSentence(e kernel.Event, call string) phrase {
	var who worded = proc(e.PID)
	if e.TID != 0 {
		who = thread{e.TID, e.PID}
	}
	switch e.Kind {
	case kernel.EventClone:
		return say(sClone, who, int(e.Other))
	case kernel.EventThreadExit:
		return say(sThreadExit, int(e.Other), int(e.PID))
	case kernel.EventReap:
		if call == "" {
			return say(sReap, who, int(e.Other), status(e.Status))
		}
		return say(sReapCalled, calling(e.PID, call), int(e.Other), status(e.Status))
	case kernel.EventWaitNone:
		target := say(sNoChildYet)
		if e.WaitPID > 0 {
			target = say(sChildRunning, int(e.WaitPID))
		}
		return say(sWaitNone, who, int(e.WaitPID), kernel.WaitOptionsText(e.Options), target)
	case kernel.EventWaitFailed:
		if e.Errno == kernel.ECHILD {
			return say(sWaitECHILD, who, int(e.WaitPID), kernel.WaitOptionsText(e.Options))
		}
		return say(sWaitFailed, who, int(e.WaitPID), kernel.WaitOptionsText(e.Options), e.Errno)
	case kernel.EventReleased:
		return say(sReleased, int(e.PID), int(e.Other), e.Action)
	case kernel.EventZombie:
		return say(sZombie, int(e.PID))
	case kernel.EventReparent:
		return say(sReparent, int(e.PID), int(e.Former), proc(e.Other))
	case kernel.EventFork:
		if call != "" {
			return say(sForkBorn, calling(e.PID, call), int(e.Other))
		}
		return say(sFork, who, int(e.Other))
	case kernel.EventForkFailed:
		return say(sForkFailed, who, e.Errno)
	case kernel.EventExec:
		return say(sExec, who, e.Cmdline)
	case kernel.EventExit:
		return say(sExit, who, status(e.Status))
	case kernel.EventSignal:
		return say(sSignal, who, e.Signal, int(e.Other), outcome(e.Outcome))
	case kernel.EventBlock:
		return blockSentence(e, who)
	case kernel.EventWake:
		return say(sWakes, who)
	}
	return fileSentence(e, who)
}

// fileSentence tells the quieter events: signal dispositions, job control,
// pipes and file descriptors.
func fileSentence(e kernel.Event, who worded) phrase {
	switch e.Kind {
	case kernel.EventSigaction:
		if e.Action.Handler == kernel.SigHandler {
			return say(sHandler, who, e.Signal)
		}
		return say(sSigaction, who, e.Signal, e.Action)
	case kernel.EventSignalPending:
		return say(sPending, e.Signal, int(e.Other), who)
	case kernel.EventSigmask:
		const blockable = 31 - 2 // the standard signals but SIGKILL and SIGSTOP
		switch {
		case e.Mask == 0:
			return say(sSigmaskNone, who)
		case bits.OnesCount32(uint32(e.Mask)) >= blockable:
			return say(sSigmaskAll, who)
		}
		return say(sSigmask, who, e.Mask)
	case kernel.EventSigwait:
		return say(sSigwait, who, e.Signal, int(e.Other))
	case kernel.EventSubreaper:
		if e.On {
			return say(sSubreaperOn, who)
		}
		return say(sSubreaperOff, who)
	case kernel.EventStop:
		return say(sStopped, who, e.Signal)
	case kernel.EventContinue:
		return say(sContinues, who)
	case kernel.EventEOF:
		return say(sEOF, e.Pipe)
	case kernel.EventRead:
		if e.Bytes == 0 {
			return say(sReadEOF, who, e.FD, e.Pipe)
		}
		return say(sRead, who, e.Bytes, e.FD, e.Pipe)
	case kernel.EventWrite:
		return say(sWrite, who, e.Bytes, e.FD, e.Pipe)
	case kernel.EventPipe:
		return say(sPipe, who, e.Pipe, e.FD, e.WriteFD)
	case kernel.EventClose:
		return say(sClose, who, e.FD)
	case kernel.EventSendFDs:
		return say(sSendFDs, who, e.FDs, e.FD, e.Pipe)
	case kernel.EventRecvFDs:
		return say(sRecvFDs, who, e.FDs, e.FD, e.Pipe)
	case kernel.EventListen:
		return say(sListen, who, e.Addr, e.FD)
	case kernel.EventConnect:
		return say(sConnect, who, e.Addr, e.FD, e.WriteFD)
	case kernel.EventAccept:
		return say(sAccept, who, e.FD, e.FDs)
	case kernel.EventSetpgid:
		return say(sSetpgid, who, int(e.PGID))
	}
	return say(sOther, who, e.Kind)
}

func blockSentence(e kernel.Event, who worded) phrase {
	switch e.Sleep {
	case kernel.SleepLock:
		return say(sBlocksLock, who)
	case kernel.SleepGIL:
		return say(sBlocksGIL, who)
	case kernel.SleepSignal:
		return say(sBlocksSigwait, who)
	case kernel.SleepTimer:
		return say(sSleeps, who, kernel.Duration(e.Until-e.Time))
	case kernel.SleepWait:
		return say(sBlocksWait, who)
	case kernel.SleepRead:
		return say(sBlocksRead, who)
	}
	return say(sBlocksWrite, who)
}
