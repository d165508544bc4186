// Narration: one sentence per step, in English and Chinese, told from the
// most telling thing that happened since the previous step (a reap beats a
// zombie beats a fork beats a sleep …) and the line that caused it, or, when
// nothing happened, from the line about to run.

package playback

import (
	"fmt"
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
	if r.Kind == sim.RecChildren {
		return 3
	}
	if r.Kind == sim.RecOutput {
		return 4
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
		if e.Signal == kernel.SIGCHLD {
			return 1 // told by the exit it announces
		}
		return 5
	case kernel.EventExit:
		return 5
	case kernel.EventSigaction, kernel.EventSubreaper, kernel.EventStop, kernel.EventContinue:
		return 6
	case kernel.EventSignalPending:
		return 5
	case kernel.EventEOF:
		return 3
	case kernel.EventBlock, kernel.EventPipe, kernel.EventSendFDs, kernel.EventRecvFDs:
		return 2
	case kernel.EventRead:
		if e.N == 0 {
			return 3
		}
		return 1
	case kernel.EventWake, kernel.EventClose, kernel.EventWrite, kernel.EventSetpgid:
		return 1
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
		return p.lineSentence(s)
	}
	picked := []int{best}
	if second >= 0 && sw >= 5 {
		picked = []int{best, second}
		if p.tellsFirst(notes[second], notes[best], second < best) {
			picked = []int{second, best}
		}
	}
	var en, zh []string
	for _, k := range picked {
		n := p.noteSentence(notes[k], notes, s)
		en, zh = append(en, n.EN), append(zh, n.ZH)
	}
	return Narration{EN: strings.Join(en, "; "), ZH: strings.Join(zh, "；")}
}

func (p *Player) eventOf(r sim.Record) kernel.Event {
	if r.Kind == sim.RecKernel || r.Kind == sim.RecOutput {
		return p.tr.Event(r)
	}
	return kernel.Event{}
}

// lineSentence: nothing happened but a line about to run.
func (p *Player) lineSentence(s *Snapshot) Narration {
	where := fmt.Sprintf("%s:%d", s.Line.File, s.Line.Line)
	if s.SourceLine == "" {
		return Narration{
			EN: fmt.Sprintf("pid %d runs %s (%s)", s.PID, where, s.Line.Func),
			ZH: fmt.Sprintf("进程 %d 执行 %s（%s）", s.PID, where, s.Line.Func),
		}
	}
	return Narration{
		EN: fmt.Sprintf("pid %d runs %s: %s", s.PID, where, s.SourceLine),
		ZH: fmt.Sprintf("进程 %d 执行 %s：%s", s.PID, where, s.SourceLine),
	}
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

// who names a process for a sentence.
func who(pid kernel.PID) (en, zh string) {
	if pid == 1 {
		return "init (pid 1)", "1 号进程 init"
	}
	return fmt.Sprintf("pid %d", pid), fmt.Sprintf("进程 %d", pid)
}

// calls prefixes a sentence with the call that caused it, if known.
func calls(pid kernel.PID, call string) (en, zh string) {
	en, zh = who(pid)
	if call != "" {
		return en + " calls " + call + " →", zh + " 调用 " + call + "，"
	}
	return en, zh
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

// reapedSoonSentence tells an exit whose zombie is reaped before the next
// step: the reap is told next to it.
func reapedSoonSentence(pid kernel.PID, st kernel.WaitStatus) Narration {
	return Narration{
		EN: fmt.Sprintf("pid %d exits (%v): a zombie until its parent reaps it", pid, st),
		ZH: fmt.Sprintf("进程 %d 退出（%s），在被父进程回收之前是僵尸进程", pid, statusZH(st)),
	}
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

func (p *Player) noteSentence(n note, earlier []note, s *Snapshot) Narration {
	if n.rec.Kind == sim.RecChildren {
		set := fmt.Sprint(p.tr.Children(n.rec))
		return Narration{
			EN: fmt.Sprintf("pid %d's multiprocessing _children is now %s", n.rec.PID, set),
			ZH: fmt.Sprintf("进程 %d 的 multiprocessing _children 集合变为 %s", n.rec.PID, set),
		}
	}
	e := p.tr.Event(n.rec)
	if n.rec.Kind == sim.RecOutput {
		return Narration{
			EN: fmt.Sprintf("pid %d prints %q", e.PID, strings.TrimSuffix(e.Text, "\n")),
			ZH: fmt.Sprintf("进程 %d 输出 %q", e.PID, strings.TrimSuffix(e.Text, "\n")),
		}
	}
	if e.Kind == kernel.EventZombie || e.Kind == kernel.EventReleased {
		if st, ok := p.exitOf(earlier, e.PID); ok {
			if e.Kind == kernel.EventZombie && p.reapedAmong(earlier, e.PID) {
				return reapedSoonSentence(e.PID, st)
			}
			return exitSentence(e, st, parentOf(s, e.PID))
		}
	}
	return eventSentence(e, p.cause(n))
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
func exitSentence(e kernel.Event, st kernel.WaitStatus, parent kernel.PID) Narration {
	if e.Kind == kernel.EventZombie {
		en, zh := "its parent", "父进程"
		if parent != 0 {
			en, zh = fmt.Sprintf("its parent %d", parent), fmt.Sprintf("父进程 %d ", parent)
		}
		return Narration{
			EN: fmt.Sprintf("pid %d exits (%v) and becomes a zombie: %s has not waited for it yet", e.PID, st, en),
			ZH: fmt.Sprintf("进程 %d 退出（%s），成为僵尸进程：%s还没有 wait 它", e.PID, statusZH(st), zh),
		}
	}
	return Narration{
		EN: fmt.Sprintf("pid %d exits (%v) and is released at once, never a zombie: its parent %d has SIGCHLD set to %s", e.PID, st, e.Other, e.Text),
		ZH: fmt.Sprintf("进程 %d 退出（%s）后立即被内核回收，不会成为僵尸：父进程 %d 的 SIGCHLD 设为 %s", e.PID, statusZH(st), e.Other, e.Text),
	}
}

// eventSentence tells one kernel event; call is the Python call behind it.
func eventSentence(e kernel.Event, call string) Narration {
	en, zh := who(e.PID)
	switch e.Kind {
	case kernel.EventReap:
		if call == "" {
			return Narration{
				EN: fmt.Sprintf("%s reaps zombie %d (%v)", en, e.Other, e.Status),
				ZH: fmt.Sprintf("%s 回收了僵尸进程 %d（%s）", zh, e.Other, statusZH(e.Status)),
			}
		}
		cen, czh := calls(e.PID, call)
		return Narration{
			EN: fmt.Sprintf("%s zombie %d is reaped (%v)", cen, e.Other, e.Status),
			ZH: fmt.Sprintf("%s僵尸进程 %d 被回收（%s）", czh, e.Other, statusZH(e.Status)),
		}
	case kernel.EventWaitNone:
		target, targetZH := "no child has anything to report yet", "还没有任何子进程可以回收"
		if e.Other > 0 {
			target, targetZH = fmt.Sprintf("child %d is still running, nothing is reaped", e.Other), fmt.Sprintf("子进程 %d 还在运行，什么也没有回收", e.Other)
		}
		return Narration{
			EN: fmt.Sprintf("%s calls os.waitpid(%d, %s) → 0: %s", en, e.Other, kernel.WaitOptionsText(e.N), target),
			ZH: fmt.Sprintf("%s 调用 os.waitpid(%d, %s)，返回 0：%s", zh, e.Other, kernel.WaitOptionsText(e.N), targetZH),
		}
	case kernel.EventWaitFailed:
		if e.Errno == kernel.ECHILD {
			return Narration{
				EN: fmt.Sprintf("%s calls os.waitpid(%d, %s) → ECHILD: no such child is left to wait for (already reaped, or released at exit because SIGCHLD is ignored)", en, e.Other, kernel.WaitOptionsText(e.N)),
				ZH: fmt.Sprintf("%s 调用 os.waitpid(%d, %s)，得到 ECHILD：已经没有这样的子进程可等（早已被回收，或者因为 SIGCHLD 被忽略，退出时就被内核直接回收了）", zh, e.Other, kernel.WaitOptionsText(e.N)),
			}
		}
		return Narration{
			EN: fmt.Sprintf("%s calls os.waitpid(%d, %s) → %v", en, e.Other, kernel.WaitOptionsText(e.N), e.Errno),
			ZH: fmt.Sprintf("%s 调用 os.waitpid(%d, %s)，出错：%v", zh, e.Other, kernel.WaitOptionsText(e.N), e.Errno),
		}
	case kernel.EventReleased:
		return Narration{
			EN: fmt.Sprintf("pid %d exits and is released at once, never a zombie: its parent %d has SIGCHLD set to %s", e.PID, e.Other, e.Text),
			ZH: fmt.Sprintf("进程 %d 退出后立即被内核回收，不会成为僵尸：父进程 %d 的 SIGCHLD 设为 %s", e.PID, e.Other, e.Text),
		}
	case kernel.EventZombie:
		return Narration{
			EN: fmt.Sprintf("pid %d has exited and is now a zombie: its parent has not waited for it yet", e.PID),
			ZH: fmt.Sprintf("进程 %d 已退出，成为僵尸进程：父进程还没有 wait 它", e.PID),
		}
	case kernel.EventReparent:
		aen, azh := who(e.Other)
		return Narration{
			EN: fmt.Sprintf("pid %d's parent %d has died: %s adopts it", e.PID, e.N, aen),
			ZH: fmt.Sprintf("进程 %d 的父进程 %d 已退出，由 %s 收养", e.PID, e.N, azh),
		}
	case kernel.EventFork:
		if call != "" {
			cen, czh := calls(e.PID, call)
			return Narration{
				EN: fmt.Sprintf("%s child %d is born", cen, e.Other),
				ZH: fmt.Sprintf("%s创建了子进程 %d", czh, e.Other),
			}
		}
		return Narration{
			EN: fmt.Sprintf("%s forks child %d", en, e.Other),
			ZH: fmt.Sprintf("%s fork 出子进程 %d", zh, e.Other),
		}
	case kernel.EventForkFailed:
		return Narration{
			EN: fmt.Sprintf("%s cannot fork: %v", en, e.Errno),
			ZH: fmt.Sprintf("%s fork 失败：%v", zh, e.Errno),
		}
	case kernel.EventExec:
		return Narration{
			EN: fmt.Sprintf("%s execs %q", en, e.Text),
			ZH: fmt.Sprintf("%s 执行 exec，运行 %q", zh, e.Text),
		}
	case kernel.EventExit:
		return Narration{
			EN: fmt.Sprintf("%s exits (%v)", en, e.Status),
			ZH: fmt.Sprintf("%s 退出（%s）", zh, statusZH(e.Status)),
		}
	case kernel.EventSignal:
		return Narration{
			EN: fmt.Sprintf("%s receives %v from %d: %s", en, e.Signal, e.Other, e.Text),
			ZH: fmt.Sprintf("%s 收到来自 %d 的 %v：%s", zh, e.Other, e.Signal, signalZH(e.Text)),
		}
	case kernel.EventBlock:
		return blockSentence(e, en, zh)
	case kernel.EventWake:
		return Narration{EN: en + " wakes up", ZH: zh + " 被唤醒"}
	}
	return fileSentence(e, en, zh)
}

// fileSentence tells the quieter events: signal dispositions, job control,
// pipes and file descriptors.
func fileSentence(e kernel.Event, en, zh string) Narration {
	switch e.Kind {
	case kernel.EventSigaction:
		if e.Text == "handler" {
			return Narration{
				EN: fmt.Sprintf("%s installs a Python handler for %v", en, e.Signal),
				ZH: fmt.Sprintf("%s 为 %v 安装了 Python 信号处理函数", zh, e.Signal),
			}
		}
		return Narration{
			EN: fmt.Sprintf("%s sets the action of %v to %s", en, e.Signal, e.Text),
			ZH: fmt.Sprintf("%s 把 %v 的处理方式设为 %s", zh, e.Signal, e.Text),
		}
	case kernel.EventSignalPending:
		return Narration{
			EN: fmt.Sprintf("%v from %d is pending at %s, for its handler", e.Signal, e.Other, en),
			ZH: fmt.Sprintf("来自 %d 的 %v 在%s 上挂起，等待信号处理函数处理", e.Other, e.Signal, zh),
		}
	case kernel.EventSubreaper:
		if e.N != 0 {
			return Narration{EN: en + " becomes a child subreaper", ZH: zh + " 成为 child subreaper（子进程收割者）"}
		}
		return Narration{EN: en + " is no longer a child subreaper", ZH: zh + " 不再是 child subreaper"}
	case kernel.EventStop:
		return Narration{EN: fmt.Sprintf("%s is stopped by %v", en, e.Signal), ZH: fmt.Sprintf("%s 被 %v 暂停", zh, e.Signal)}
	case kernel.EventContinue:
		return Narration{EN: en + " continues", ZH: zh + " 继续运行"}
	case kernel.EventEOF:
		return Narration{
			EN: fmt.Sprintf("the last write end of pipe #%d is closed: its reader will see EOF", e.Pipe),
			ZH: fmt.Sprintf("管道 #%d 的最后一个写端已关闭：读端将读到 EOF", e.Pipe),
		}
	case kernel.EventRead:
		if e.N == 0 {
			return Narration{
				EN: fmt.Sprintf("%s reads EOF from fd %d (pipe #%d)", en, e.FD, e.Pipe),
				ZH: fmt.Sprintf("%s 从 fd %d（管道 #%d）读到 EOF", zh, e.FD, e.Pipe),
			}
		}
		return Narration{
			EN: fmt.Sprintf("%s reads %d bytes from fd %d (pipe #%d)", en, e.N, e.FD, e.Pipe),
			ZH: fmt.Sprintf("%s 从 fd %d（管道 #%d）读取 %d 字节", zh, e.FD, e.Pipe, e.N),
		}
	case kernel.EventWrite:
		return Narration{
			EN: fmt.Sprintf("%s writes %d bytes to fd %d (pipe #%d)", en, e.N, e.FD, e.Pipe),
			ZH: fmt.Sprintf("%s 向 fd %d（管道 #%d）写入 %d 字节", zh, e.FD, e.Pipe, e.N),
		}
	case kernel.EventPipe:
		return Narration{
			EN: fmt.Sprintf("%s creates pipe #%d: read end fd %d, write end fd %d", en, e.Pipe, e.FD, e.N),
			ZH: fmt.Sprintf("%s 创建管道 #%d：读端 fd %d，写端 fd %d", zh, e.Pipe, e.FD, e.N),
		}
	case kernel.EventClose:
		return Narration{EN: fmt.Sprintf("%s closes fd %d", en, e.FD), ZH: fmt.Sprintf("%s 关闭 fd %d", zh, e.FD)}
	case kernel.EventSendFDs:
		return Narration{
			EN: fmt.Sprintf("%s sends fds %s over fd %d (pipe #%d)", en, e.Text, e.FD, e.Pipe),
			ZH: fmt.Sprintf("%s 通过 fd %d（管道 #%d）发送文件描述符 %s", zh, e.FD, e.Pipe, e.Text),
		}
	case kernel.EventRecvFDs:
		return Narration{
			EN: fmt.Sprintf("%s receives fds %s from fd %d (pipe #%d)", en, e.Text, e.FD, e.Pipe),
			ZH: fmt.Sprintf("%s 从 fd %d（管道 #%d）收到文件描述符 %s", zh, e.FD, e.Pipe, e.Text),
		}
	case kernel.EventSetpgid:
		return Narration{
			EN: fmt.Sprintf("%s moves to process group %d", en, e.Other),
			ZH: fmt.Sprintf("%s 加入进程组 %d", zh, e.Other),
		}
	}
	return Narration{EN: fmt.Sprintf("%s: %v", en, e.Kind), ZH: fmt.Sprintf("%s：%v", zh, e.Kind)}
}

func blockSentence(e kernel.Event, en, zh string) Narration {
	switch sleepReason(e.Text) {
	case kernel.SleepTimer:
		d := kernel.Duration(e.Until - e.Time)
		return Narration{EN: fmt.Sprintf("%s sleeps for %v", en, d), ZH: fmt.Sprintf("%s 休眠 %v", zh, d)}
	case kernel.SleepWait:
		return Narration{EN: en + " blocks waiting for a child", ZH: zh + " 阻塞，等待子进程退出"}
	case kernel.SleepRead:
		return Narration{EN: en + " blocks reading a pipe", ZH: zh + " 阻塞在管道读取上"}
	}
	return Narration{EN: en + " blocks writing to a full pipe", ZH: zh + " 阻塞在写满的管道上"}
}

// statusZH says a wait status in Chinese.
func statusZH(w kernel.WaitStatus) string {
	if w.Signaled() {
		return fmt.Sprintf("被信号 %v 终止", w.Signal())
	}
	return fmt.Sprintf("退出码 %d", w.ExitStatus())
}

// signalZH translates the kernel's outcome texts (sim/kernel/kill.go).
func signalZH(text string) string {
	switch text {
	case "terminate":
		return "进程被终止"
	case "pending":
		return "交给信号处理函数"
	case "ignored":
		return "已忽略"
	case "ignored by default":
		return "默认忽略"
	case "no effect on a zombie":
		return "对僵尸进程无效"
	case "handled":
		return "已处理"
	case "stop":
		return "进程被暂停"
	case "continue":
		return "进程继续运行"
	}
	return text
}
