// procfs: /proc/PID/stat, status, cmdline and comm generated from the
// process table in the formats of Linux's fs/proc/array.c (do_task_stat,
// proc_pid_status) and fs/proc/base.c (proc_pid_cmdline_read), as a 6.x
// kernel prints them for a CPython process. What the model does not know
// (memory, faults, capabilities) is filled with values such a process
// shows; a zombie has no memory lines, an empty cmdline and its exit code
// in the last field of stat, as on Linux.

package sim

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"zombielab/sim/kernel"
)

// procFiles are the files of a /proc/PID directory the model generates.
var procFiles = []string{"cmdline", "comm", "stat", "status", "task"}

// taskIDs lists /proc/PID/task: the process's main thread, then its other
// threads.
func (h *host) taskIDs(pid kernel.PID) []kernel.PID {
	return append([]kernel.PID{pid}, h.s.k.Threads(pid)...)
}

// clockTicks is USER_HZ: stat's times are in ticks.
const clockTicks = 100

func ticks(d kernel.Duration) int64 { return int64(d) * clockTicks / 1e9 }

// procStateName is the State: line of status (fs/proc/array.c task_state_array).
func procStateName(letter string) string {
	switch letter {
	case "R":
		return "R (running)"
	case "S":
		return "S (sleeping)"
	case "T":
		return "T (stopped)"
	case "Z":
		return "Z (zombie)"
	}
	return letter
}

// procRead generates /proc/PID/file; false if the process or file does not
// exist.
func (h *host) procRead(pid kernel.PID, file string) ([]byte, bool) {
	p, ok := h.s.k.Process(pid)
	if !ok {
		return nil, false
	}
	if rest, ok := strings.CutPrefix(file, "task/"); ok {
		// /proc/PID/task/TID/FILE: one thread's view. The files are the
		// process's, with the thread's id where Linux puts the task's
		// (stat's first field, status's Pid).
		tid, sub, _ := strings.Cut(rest, "/")
		n, err := strconv.Atoi(tid)
		if err != nil || !slices.Contains(h.taskIDs(pid), kernel.PID(n)) {
			return nil, false
		}
		if kernel.PID(n) == pid {
			return h.procRead(pid, sub)
		}
		t := p
		t.PID = kernel.PID(n)
		switch sub {
		case "stat":
			return []byte(h.procStat(t)), true
		case "status":
			return []byte(strings.Replace(h.procStatus(t), "Tgid:\t"+tid, "Tgid:\t"+strconv.Itoa(int(pid)), 1)), true
		case "comm", "cmdline":
			return h.procRead(pid, sub)
		}
		return nil, false
	}
	switch file {
	case "stat":
		return []byte(h.procStat(p)), true
	case "status":
		return []byte(h.procStatus(p)), true
	case "comm":
		return []byte(p.Comm + "\n"), true
	case "cmdline":
		if p.State == kernel.StateZombie {
			return nil, true // a zombie has no memory to read argv from
		}
		var b strings.Builder
		for _, a := range strings.Fields(p.Cmdline) {
			b.WriteString(a)
			b.WriteByte(0)
		}
		return []byte(b.String()), true
	}
	return nil, false
}

// procStat is do_task_stat's one line of 52 fields.
func (h *host) procStat(p kernel.ProcInfo) string {
	zombie := p.State == kernel.StateZombie
	flags, vsize, rss, exitCode := 4194304, 16957440, 3356, 0
	if zombie {
		flags, vsize, rss, exitCode = 4227148, 0, 0, int(p.Status)
	}
	start := ticks(kernel.Duration(p.StartTime) + bootTime)
	threads := max(p.Threads, 1)
	f := []any{p.PID, "(" + p.Comm + ")", p.Stat(), p.PPID, p.PGID, h.s.sid(p.PID), 0, -1, flags,
		225, 0, 0, 0, ticks(p.CPU), 0, 0, 0, 20, 0, threads, 0, start, vsize, rss, uint64(18446744073709551615)}
	f = append(f, make([]any, 52-len(f))...)
	for i := len(f) - 27; i < len(f); i++ {
		f[i] = 0
	}
	f[37] = 17 // exit_signal: SIGCHLD
	f[51] = exitCode
	parts := make([]string, len(f))
	for i, v := range f {
		parts[i] = fmt.Sprint(v)
	}
	return strings.Join(parts, " ") + "\n"
}

// procStatus is proc_pid_status, the lines a script reads.
func (h *host) procStatus(p kernel.ProcInfo) string {
	zombie := p.State == kernel.StateZombie
	var b strings.Builder
	line := func(k, v string) { b.WriteString(k + ":\t" + v + "\n") }
	pid := strconv.Itoa(int(p.PID))
	line("Name", p.Comm)
	if !zombie {
		line("Umask", "0022")
	}
	line("State", procStateName(p.Stat()))
	line("Tgid", pid)
	line("Ngid", "0")
	line("Pid", pid)
	line("PPid", strconv.Itoa(int(p.PPID)))
	line("TracerPid", "0")
	line("Uid", "0\t0\t0\t0")
	line("Gid", "0\t0\t0\t0")
	if zombie {
		line("FDSize", "0")
	} else {
		line("FDSize", "256")
	}
	line("Groups", " ")
	line("NStgid", pid)
	line("NSpid", pid)
	line("NSpgid", strconv.Itoa(int(p.PGID)))
	line("NSsid", strconv.Itoa(int(h.s.sid(p.PID))))
	if !zombie {
		for _, kv := range [][2]string{{"VmPeak", "16560"}, {"VmSize", "16560"}, {"VmLck", "0"}, {"VmPin", "0"},
			{"VmHWM", "13424"}, {"VmRSS", "13424"}, {"RssAnon", "6872"}, {"RssFile", "6552"}, {"RssShmem", "0"},
			{"VmData", "7940"}, {"VmStk", "132"}, {"VmExe", "4"}, {"VmLib", "4672"}, {"VmPTE", "80"}, {"VmSwap", "0"}} {
			line(kv[0], fmt.Sprintf("%8s kB", kv[1]))
		}
	}
	line("Threads", strconv.Itoa(max(p.Threads, 1)))
	line("SigQ", "0/63432")
	line("SigPnd", "0000000000000000")
	line("ShdPnd", "0000000000000000")
	line("SigBlk", "0000000000000000")
	line("SigIgn", "0000000001001000")
	line("SigCgt", "0000000000000002")
	line("voluntary_ctxt_switches", "1")
	line("nonvoluntary_ctxt_switches", "0")
	return b.String()
}
