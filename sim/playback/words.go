// The narration's words: one string table per language, indexed by
// sentence, and the phrases that put them together. Every sentence a
// learner reads is a phrase (a sentence and its arguments) until it is said
// in a language; an argument that is itself worded (a process, a wait
// status, a signal's outcome, another phrase) is said in the same language.

package playback

import (
	"fmt"
	"strings"

	"zombielab/sim/kernel"
	"zombielab/sim/lang"
)

// sentence names one entry of the string tables.
type sentence uint8

const (
	sRunsSource sentence = iota
	sRunsFunc
	sAt
	sProc
	sInit
	sCalls
	sAnd
	sBecause
	sParent
	sParentPID
	sExited
	sKilled
	sKilledCore
	sStoppedBy
	sContinuedStatus
	sChildren
	sPrints
	sUncaught
	sEndAll
	sEndUntil
	sEndCheckpoint
	sEndCap
	sEndDeadlock
	sEndOther
	sMainExited
	sShellStatus
	sReapedSoon
	sExitZombie
	sExitReleased
	sReap
	sReapCalled
	sNoChildYet
	sChildRunning
	sWaitNone
	sWaitECHILD
	sWaitFailed
	sReleased
	sZombie
	sReparent
	sForkBorn
	sFork
	sForkFailed
	sExec
	sExit
	sSignal
	sWakes
	sHandler
	sSigaction
	sPending
	sSubreaperOn
	sSubreaperOff
	sStopped
	sContinues
	sEOF
	sReadEOF
	sRead
	sWrite
	sPipe
	sClose
	sSendFDs
	sRecvFDs
	sListen
	sConnect
	sAccept
	sSetpgid
	sOther
	sSleeps
	sBlocksWait
	sBlocksRead
	sBlocksWrite
	sBlocksLock
	sBlocksGIL
	sThread
	sClone
	sThreadExit
	sSigmask
	sSigmaskAll
	sSigmaskNone
	sSigwait
	sBlocksSigwait
	numSentences
)

// The string tables. Arguments are in the same order in every language;
// a language that says them in another order indexes them (%[2]d).
var tables = [...][numSentences]string{
	lang.EN: {
		sRunsSource:      "%s runs %s: %s",
		sRunsFunc:        "%s runs %s (%s)",
		sAt:              "at %s s, %s",
		sProc:            "pid %d",
		sInit:            "init (pid 1)",
		sCalls:           "%s calls %s →",
		sAnd:             "%s; %s",
		sBecause:         "%s, after %s",
		sParent:          "its parent",
		sParentPID:       "its parent %d",
		sExited:          "exited %d",
		sKilled:          "killed by %v",
		sKilledCore:      "killed by %v (core dumped)",
		sStoppedBy:       "stopped by %v",
		sContinuedStatus: "continued",
		sChildren:        "pid %d's multiprocessing _children is now %v",
		sPrints:          "pid %d prints %q",
		sUncaught:        "pid %d's program ends with an uncaught exception: %s",
		sEndAll:          "The run is over: every process has exited",
		sEndUntil:        "The run stops at its time limit",
		sEndCheckpoint:   "The run stops at the checkpoint it is bounded by (until=)",
		sEndCap:          "The run stops at the step cap (a program that never ends is cut here)",
		sEndDeadlock:     "The run stops: every remaining process sleeps forever",
		sEndOther:        "The run stops",
		sMainExited:      "%s; main (pid %d) ended: %s",
		sShellStatus:     "%s, status %d in the shell",
		sReapedSoon:      "pid %d exits (%s): a zombie until its parent reaps it",
		sExitZombie:      "pid %d exits (%s) and becomes a zombie: %s has not waited for it yet",
		sExitReleased:    "pid %d exits (%s) and is released at once, never a zombie: its parent %d has SIGCHLD set to %v",
		sReap:            "%s reaps zombie %d (%s)",
		sReapCalled:      "%s zombie %d is reaped (%s)",
		sNoChildYet:      "no child has anything to report yet",
		sChildRunning:    "child %d is still running, nothing is reaped",
		sWaitNone:        "%s calls os.waitpid(%d, %s) → 0: %s",
		sWaitECHILD:      "%s calls os.waitpid(%d, %s) → ECHILD: no such child is left to wait for (already reaped, or released at exit because SIGCHLD is ignored)",
		sWaitFailed:      "%s calls os.waitpid(%d, %s) → %v",
		sReleased:        "pid %d exits and is released at once, never a zombie: its parent %d has SIGCHLD set to %v",
		sZombie:          "pid %d has exited and is now a zombie: its parent has not waited for it yet",
		sReparent:        "pid %d's parent %d has died: %s adopts it",
		sForkBorn:        "%s child %d is born",
		sFork:            "%s forks child %d",
		sForkFailed:      "%s cannot fork: %v",
		sExec:            "%s execs %q: same pid, new program",
		sExit:            "%s exits (%s)",
		sSignal:          "%s receives %v from %d: %s",
		sWakes:           "%s wakes up",
		sHandler:         "%s installs a Python handler for %v",
		sSigaction:       "%s sets the action of %v to %v",
		sPending:         "%v from %d is pending at %s, for its handler",
		sSubreaperOn:     "%s becomes a child subreaper",
		sSubreaperOff:    "%s is no longer a child subreaper",
		sStopped:         "%s is stopped by %v",
		sContinues:       "%s continues",
		sEOF:             "the last write end of pipe #%d is closed: its reader will see EOF",
		sReadEOF:         "%s reads EOF from fd %d (pipe #%d)",
		sRead:            "%s reads %d bytes from fd %d (pipe #%d)",
		sWrite:           "%s writes %d bytes to fd %d (pipe #%d)",
		sPipe:            "%s creates pipe #%d: read end fd %d, write end fd %d",
		sClose:           "%s closes fd %d",
		sSendFDs:         "%s sends fds %v over fd %d (pipe #%d)",
		sRecvFDs:         "%s receives fds %v from fd %d (pipe #%d)",
		sListen:          "%s listens for connections at %s on fd %d",
		sConnect:         "%s connects to %s: it reads fd %d and writes fd %d",
		sAccept:          "%s accepts a connection on fd %d: fds %v",
		sSetpgid:         "%s moves to process group %d",
		sOther:           "%s: %v",
		sSleeps:          "%s sleeps for %v",
		sBlocksWait:      "%s blocks waiting for a child",
		sBlocksRead:      "%s blocks reading a pipe",
		sBlocksWrite:     "%s blocks writing to a full pipe",
		sBlocksLock:      "%s waits for a lock",
		sBlocksGIL:       "%s waits for the GIL (another thread of its process is running Python code)",
		sThread:          "thread %d of pid %d",
		sClone:           "%s starts thread %d: a new task in the same process (same pid, memory and fds)",
		sThreadExit:      "thread %d of pid %d ends",
		sSigmask:         "%s now blocks %v: they wait, pending, until unblocked or taken by sigwait",
		sSigmaskAll:      "%s now blocks every signal it can (all but SIGKILL and SIGSTOP)",
		sSigmaskNone:     "%s blocks no signal any more",
		sSigwait:         "%s's sigwait takes %v (sent by %d) from its pending signals",
		sBlocksSigwait:   "%s waits in sigwait for a signal",
	},
	lang.ZH: {
		sRunsSource:      "%s 执行 %s：%s",
		sRunsFunc:        "%s 执行 %s（%s）",
		sAt:              "在 %s 秒时，%s",
		sProc:            "进程 %d",
		sInit:            "1 号进程 init",
		sCalls:           "%s 调用 %s，",
		sAnd:             "%s；%s",
		sBecause:         "%s，起因是 %s",
		sParent:          "父进程",
		sParentPID:       "父进程 %d ",
		sExited:          "退出码 %d",
		sKilled:          "被信号 %v 终止",
		sKilledCore:      "被信号 %v 终止（产生 core dump）",
		sStoppedBy:       "被 %v 暂停",
		sContinuedStatus: "继续运行",
		sChildren:        "进程 %d 的 multiprocessing _children 集合变为 %v",
		sPrints:          "进程 %d 输出 %q",
		sUncaught:        "进程 %d 的程序因未捕获的异常而结束：%s",
		sEndAll:          "运行结束：所有进程都已退出",
		sEndUntil:        "运行到达时间上限，停止",
		sEndCheckpoint:   "运行到达作为上限的检查点（until=），停止",
		sEndCap:          "运行到达步数上限而停止（永不结束的程序在此截断）",
		sEndDeadlock:     "运行停止：剩下的进程都将永远睡眠",
		sEndOther:        "运行停止",
		sMainExited:      "%s；主进程（进程 %d）已结束：%s",
		sShellStatus:     "%s，shell 看到的退出状态是 %d",
		sReapedSoon:      "进程 %d 退出（%s），在被父进程回收之前是僵尸进程",
		sExitZombie:      "进程 %d 退出（%s），成为僵尸进程：%s还没有 wait 它",
		sExitReleased:    "进程 %d 退出（%s）后立即被内核回收，不会成为僵尸：父进程 %d 的 SIGCHLD 设为 %v",
		sReap:            "%s 回收了僵尸进程 %d（%s）",
		sReapCalled:      "%s僵尸进程 %d 被回收（%s）",
		sNoChildYet:      "还没有任何子进程可以回收",
		sChildRunning:    "子进程 %d 还在运行，什么也没有回收",
		sWaitNone:        "%s 调用 os.waitpid(%d, %s)，返回 0：%s",
		sWaitECHILD:      "%s 调用 os.waitpid(%d, %s)，得到 ECHILD：已经没有这样的子进程可等（早已被回收，或者因为 SIGCHLD 被忽略，退出时就被内核直接回收了）",
		sWaitFailed:      "%s 调用 os.waitpid(%d, %s)，出错：%v",
		sReleased:        "进程 %d 退出后立即被内核回收，不会成为僵尸：父进程 %d 的 SIGCHLD 设为 %v",
		sZombie:          "进程 %d 已退出，成为僵尸进程：父进程还没有 wait 它",
		sReparent:        "进程 %d 的父进程 %d 已退出，由 %s 收养",
		sForkBorn:        "%s创建了子进程 %d",
		sFork:            "%s fork 出子进程 %d",
		sForkFailed:      "%s fork 失败：%v",
		sExec:            "%s 执行 exec，运行 %q：进程号不变，换成了新程序",
		sExit:            "%s 退出（%s）",
		sSignal:          "%[1]s 收到来自 %[3]d 的 %[2]v：%[4]s",
		sWakes:           "%s 被唤醒",
		sHandler:         "%s 为 %v 安装了 Python 信号处理函数",
		sSigaction:       "%s 把 %v 的处理方式设为 %v",
		sPending:         "来自 %[2]d 的 %[1]v 在%[3]s 上挂起，等待信号处理函数处理",
		sSubreaperOn:     "%s 成为 child subreaper（子进程收割者）",
		sSubreaperOff:    "%s 不再是 child subreaper",
		sStopped:         "%s 被 %v 暂停",
		sContinues:       "%s 继续运行",
		sEOF:             "管道 #%d 的最后一个写端已关闭：读端将读到 EOF",
		sReadEOF:         "%s 从 fd %d（管道 #%d）读到 EOF",
		sRead:            "%[1]s 从 fd %[3]d（管道 #%[4]d）读取 %[2]d 字节",
		sWrite:           "%[1]s 向 fd %[3]d（管道 #%[4]d）写入 %[2]d 字节",
		sPipe:            "%s 创建管道 #%d：读端 fd %d，写端 fd %d",
		sClose:           "%s 关闭 fd %d",
		sSendFDs:         "%[1]s 通过 fd %[3]d（管道 #%[4]d）发送文件描述符 %[2]v",
		sRecvFDs:         "%[1]s 从 fd %[3]d（管道 #%[4]d）收到文件描述符 %[2]v",
		sListen:          "%[1]s 在 fd %[3]d 上监听地址 %[2]s",
		sConnect:         "%s 连接到 %s：读 fd %d，写 fd %d",
		sAccept:          "%s 在 fd %d 上接受一个连接：文件描述符 %v",
		sSetpgid:         "%s 加入进程组 %d",
		sOther:           "%s：%v",
		sSleeps:          "%s 休眠 %v",
		sBlocksWait:      "%s 阻塞，等待子进程退出",
		sBlocksRead:      "%s 阻塞在管道读取上",
		sBlocksWrite:     "%s 阻塞在写满的管道上",
		sBlocksLock:      "%s 等待一把锁",
		sBlocksGIL:       "%s 等待 GIL（同一进程的另一个线程正在执行 Python 代码）",
		sThread:          "进程 %[2]d 的线程 %[1]d",
		sClone:           "%s 启动线程 %d：同一进程里的新任务（同样的 pid、内存和文件描述符）",
		sThreadExit:      "进程 %[2]d 的线程 %[1]d 结束",
		sSigmask:         "%s 现在屏蔽 %v：这些信号到达后保持挂起，直到解除屏蔽或被 sigwait 取走",
		sSigmaskAll:      "%s 现在屏蔽所有能屏蔽的信号（SIGKILL 和 SIGSTOP 除外）",
		sSigmaskNone:     "%s 不再屏蔽任何信号",
		sSigwait:         "%[1]s 的 sigwait 从挂起的信号中取走 %[2]v（来自 %[3]d）",
		sBlocksSigwait:   "%s 阻塞在 sigwait 中，等待信号",
	},
}

// outcomes say what a signal did, per language (sim/kernel/kill.go names
// them; English is the kernel's own word).
var outcomes = [...]map[kernel.SignalOutcome]string{
	lang.ZH: {
		kernel.OutcomeTerminate:         "进程被终止",
		kernel.OutcomePending:           "交给信号处理函数",
		kernel.OutcomeIgnored:           "已忽略",
		kernel.OutcomeIgnoredByDefault:  "默认忽略",
		kernel.OutcomeZombie:            "对僵尸进程无效",
		kernel.OutcomeUnkillable:        "被丢弃：init 不接收没有处理函数的信号",
		kernel.OutcomeHandledByKernel:   "已处理",
		kernel.OutcomeStop:              "进程被暂停",
		kernel.OutcomeContinue:          "进程继续运行",
		kernel.OutcomeKernelIgnoresStop: "已忽略：init 和 shell 不会被暂停",
		kernel.OutcomeBlocked:           "被屏蔽，保持挂起",
		kernel.OutcomeWaited:            "挂起，交给正在等待它的 sigwait",
	},
}

// worded is an argument said differently in each language.
type worded interface{ in(lang.Lang) string }

// phrase is a sentence of the tables with its arguments.
type phrase struct {
	id   sentence
	args []any
}

func say(id sentence, args ...any) phrase { return phrase{id: id, args: args} }

func (ph phrase) in(l lang.Lang) string {
	args := make([]any, len(ph.args))
	for i, a := range ph.args {
		if w, ok := a.(worded); ok {
			a = w.in(l)
		}
		args[i] = a
	}
	return fmt.Sprintf(tables[l][ph.id], args...)
}

// narration says phrases in every language, joined.
func narration(phs ...phrase) Narration {
	var n Narration
	for _, l := range lang.All() {
		parts := make([]string, len(phs))
		for i, ph := range phs {
			parts[i] = ph.in(l)
		}
		text := ""
		if len(parts) > 0 {
			text = parts[0]
			for _, p := range parts[1:] {
				text = say(sAnd, text, p).in(l)
			}
		}
		n.set(l, text)
	}
	return n
}

// proc names a process: init by its name, others by pid.
type proc kernel.PID

// thread says one thread of a process.
type thread struct{ tid, pid kernel.PID }

func (t thread) in(l lang.Lang) string { return say(sThread, int(t.tid), int(t.pid)).in(l) }

func (p proc) in(l lang.Lang) string {
	if p == 1 {
		return say(sInit).in(l)
	}
	return say(sProc, int(p)).in(l)
}

// status says a wait status.
type status kernel.WaitStatus

func (s status) in(l lang.Lang) string {
	w := kernel.WaitStatus(s)
	switch {
	case w.Exited():
		return say(sExited, w.ExitStatus()).in(l)
	case w.Continued():
		return say(sContinuedStatus).in(l)
	case w.Stopped():
		return say(sStoppedBy, w.StopSignal()).in(l)
	case w.Signaled() && w.CoreDump():
		return say(sKilledCore, w.Signal()).in(l)
	case w.Signaled():
		return say(sKilled, w.Signal()).in(l)
	}
	return w.String()
}

// outcome says what a signal did.
type outcome kernel.SignalOutcome

func (o outcome) in(l lang.Lang) string {
	if int(l) < len(outcomes) {
		if w, ok := outcomes[l][kernel.SignalOutcome(o)]; ok {
			return w
		}
	}
	return kernel.SignalOutcome(o).String()
}

// parent names a process's parent, by pid when it is known.
type parent kernel.PID

func (p parent) in(l lang.Lang) string {
	if p == 0 {
		return say(sParent).in(l)
	}
	return say(sParentPID, int(p)).in(l)
}

// calling is a process calling a Python function ("pid 1001 calls
// os.fork() →"), or just the process when the call is unknown.
func calling(pid kernel.PID, call string) worded {
	if call == "" {
		return proc(pid)
	}
	return say(sCalls, proc(pid), call)
}

// checkTables is used by the tests: every sentence has words in every
// language.
func checkTables() error {
	var missing []string
	for _, l := range lang.All() {
		for id := sentence(0); id < numSentences; id++ {
			if tables[l][id] == "" {
				missing = append(missing, fmt.Sprintf("%v sentence %d", l, id))
			}
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("no words for %s", strings.Join(missing, ", "))
	}
	return nil
}
