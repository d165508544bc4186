// Finding and killing what is left of a probed family without a cgroup:
// processes that carry the run's environment marker or belong to main's
// process group. A process can shed both (setsid, execve with a clean
// environment): the guard's ppid walk and the run's cgroup (cgroup.go)
// are what it cannot shed; this is the last check when neither is there.

package probe

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// killGroup SIGKILLs a whole process group.
func killGroup(pgid int) {
	if pgid > 0 {
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
	}
}

// Leftovers lists the pids of processes of the run with marker, or in the
// process group mainPgid (0: none): the check that a run left nothing.
// Zombies are included (they still hold their pgid).
func Leftovers(marker string, mainPgid int) []int {
	var out []int
	needle := []byte("ZL_RUN=" + marker + "\x00")
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		if env, err := os.ReadFile("/proc/" + e.Name() + "/environ"); err == nil && bytes.Contains(append(env, 0), needle) {
			out = append(out, pid)
			continue
		}
		if mainPgid > 0 && pgidOf(pid) == mainPgid {
			out = append(out, pid)
		}
	}
	return out
}

func pgidOf(pid int) int {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	i := bytes.LastIndexByte(data, ')')
	if i < 0 {
		return 0
	}
	// proc(5): after "pid (comm)" come state, ppid, pgrp.
	f := strings.Fields(string(data[i+1:]))
	if len(f) < 3 {
		return 0
	}
	n, _ := strconv.Atoi(f[2])
	return n
}

// killFamily SIGKILLs every leftover until none is found (for up to 5 s)
// and returns the ones it found on the first pass.
func killFamily(marker string, mainPgid int) []int {
	first := Leftovers(marker, mainPgid)
	left := first
	for deadline := time.Now().Add(5 * time.Second); len(left) > 0 && time.Now().Before(deadline); {
		killGroup(mainPgid)
		for _, pid := range left {
			_ = syscall.Kill(pid, syscall.SIGKILL)
		}
		time.Sleep(10 * time.Millisecond)
		left = Leftovers(marker, mainPgid)
	}
	return first
}
