// A cgroup v2 for each probed run, when this machine lets us make one: the
// one record of the family that no program of it can shed. A child is born
// in its parent's cgroup; setsid, a new process group, a clean environment
// or killing the launcher change nothing (leaving needs a write to another
// cgroup's cgroup.procs, which a scenario has no reason to do). It is how
// Run tells the truth about survivors; without it Run falls back to the
// launcher's ppid walk and to the environment marker and process group.

package probe

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// cgroup is one run's cgroup directory.
type cgroup struct{ dir string }

// newCgroup makes a cgroup named name below this process's own cgroup v2,
// or returns nil when there is no writable cgroup v2 here.
func newCgroup(name string) *cgroup {
	mount := cgroup2Mount()
	if mount == "" {
		return nil
	}
	own := "/"
	if data, err := os.ReadFile("/proc/self/cgroup"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if rest, ok := strings.CutPrefix(line, "0::"); ok {
				own = rest
			}
		}
	}
	dir := filepath.Join(mount, own, name)
	if err := os.Mkdir(dir, 0o755); err != nil {
		return nil
	}
	return &cgroup{dir: dir}
}

// cgroup2Mount finds where the cgroup v2 hierarchy is mounted
// (proc(5), /proc/self/mountinfo: the filesystem type follows " - ").
func cgroup2Mount() string {
	f, err := os.Open("/proc/self/mountinfo")
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		pre, post, ok := strings.Cut(sc.Text(), " - ")
		fields := strings.Fields(pre)
		if ok && strings.HasPrefix(post, "cgroup2 ") && len(fields) >= 5 {
			return fields[4]
		}
	}
	return ""
}

// procs lists the processes in the cgroup (zombies are not listed).
func (c *cgroup) procs() []int {
	data, err := os.ReadFile(filepath.Join(c.dir, "cgroup.procs"))
	if err != nil {
		return nil
	}
	var out []int
	for _, f := range strings.Fields(string(data)) {
		if n, err := strconv.Atoi(f); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// kill SIGKILLs everything in the cgroup until it is empty, for up to 5 s,
// and returns the processes it found first and those still there at the
// end. cgroup.kill (Linux 5.14) kills even processes forking meanwhile;
// without it each listed process is killed in turn.
func (c *cgroup) kill() (found, left []int) {
	found = c.procs()
	left = found
	for deadline := time.Now().Add(5 * time.Second); len(left) > 0 && time.Now().Before(deadline); {
		if os.WriteFile(filepath.Join(c.dir, "cgroup.kill"), []byte("1"), 0o644) != nil {
			for _, pid := range left {
				_ = syscall.Kill(pid, syscall.SIGKILL)
			}
		}
		time.Sleep(10 * time.Millisecond)
		left = c.procs()
	}
	return found, left
}

// remove deletes the (empty) cgroup.
func (c *cgroup) remove() {
	for i := 0; i < 100 && os.Remove(c.dir) != nil; i++ {
		time.Sleep(10 * time.Millisecond) // the last exits are still being accounted
	}
}
