// CheckInvariants: the checker run after every step of the tests, kept apart
// from the code it checks (TigerBeetle's VOPR habit).

package kernel

import "fmt"

// CheckInvariants returns the first broken invariant of the table, or nil:
// pids are unique, in range and keyed right; init is pid 1 and alive; every
// other process has a live parent that lists it exactly once, and every
// listed child points back; zombies have a status, no children and no fds;
// nothing reaped is in the table; a sleeper has a reason; the run queue is
// exactly the running user processes; process-group counts, open-file
// reference counts and pipe end counts agree with the fd tables; the pids
// limit holds. (States only move forward: setState panics otherwise.)
func CheckInvariants(k *Kernel) error {
	checks := []func(*Kernel) error{checkInit, checkRows, checkFamily, checkRunQueue, checkGroups, checkFiles}
	for _, check := range checks {
		if err := check(k); err != nil {
			return fmt.Errorf("kernel invariant at %v: %w", k.now, err)
		}
	}
	return nil
}

func checkInit(k *Kernel) error {
	if k.procs[1] != k.init || k.init == nil || !k.init.state.Live() {
		return fmt.Errorf("pid 1 is not a live init")
	}
	n := 0
	for _, p := range k.procs {
		if p.cgroup {
			n++
		}
	}
	for _, t := range k.threads { // threads count too (StartThread)
		if t.cgroup {
			n++
		}
	}
	if n != k.inCgroup {
		return fmt.Errorf("pids cgroup charges %d processes, %d are in it", k.inCgroup, n)
	}
	if lim := k.cfg.PidsLimit; lim > 0 && n > lim {
		return fmt.Errorf("%d processes over the pids limit %d", n, lim)
	}
	return nil
}

func checkRows(k *Kernel) error {
	for _, pid := range k.sortedPIDs() {
		p := k.procs[pid]
		switch {
		case p.pid != pid:
			return fmt.Errorf("row %d holds pid %d", pid, p.pid)
		case pid < 1 || int(pid) >= k.cfg.PidMax:
			return fmt.Errorf("pid %d outside 1..%d", pid, k.cfg.PidMax-1)
		case p.state == StateReaped:
			return fmt.Errorf("pid %d is reaped but still listed", pid)
		case (p.state == StateSleeping) != (p.sleep != SleepNone):
			return fmt.Errorf("pid %d is %v with sleep reason %v", pid, p.state, p.sleep)
		case p.exited != (p.state == StateZombie):
			return fmt.Errorf("pid %d is %v but exited=%v", pid, p.state, p.exited)
		case p.state == StateZombie && (len(p.children) > 0 || len(p.fds) > 0):
			return fmt.Errorf("zombie %d still has children or fds", pid)
		}
		for s := Signal(1); s <= maxSignal; s++ {
			if p.pending.has(s) && p.actions[s].Handler != SigHandler {
				return fmt.Errorf("pid %d has %v pending without a handler", pid, s)
			}
			// A held signal waits for a mask that lets it through, or
			// for the sigwait it was held for.
			if p.held.has(s) && !blockedByAll(p, s) && !waitedFor(p, s) {
				return fmt.Errorf("pid %d holds %v that a task does not block", pid, s)
			}
		}
		if p.blocked&unblockable != 0 {
			return fmt.Errorf("pid %d blocks SIGKILL or SIGSTOP", pid)
		}
	}
	return nil
}

func checkFamily(k *Kernel) error {
	for _, pid := range k.sortedPIDs() {
		p := k.procs[pid]
		if p != k.init {
			par := p.parent
			if par == nil || k.procs[par.pid] != par || !par.state.Live() {
				return fmt.Errorf("pid %d has no live parent", pid)
			}
			if n := countChild(par, p); n != 1 {
				return fmt.Errorf("pid %d listed %d times by its parent %d", pid, n, par.pid)
			}
		}
		for _, c := range p.children {
			if c.parent != p || k.procs[c.pid] != c {
				return fmt.Errorf("pid %d lists child %d, which is not its child in the table", pid, c.pid)
			}
		}
	}
	return nil
}

func countChild(par, c *process) int {
	n := 0
	for _, x := range par.children {
		if x == c {
			n++
		}
	}
	return n
}

func checkRunQueue(k *Kernel) error {
	running := 0
	for _, p := range k.procs {
		p.tasks(func(t *process) {
			if t.state == StateRunning && t.user && !t.stopped {
				running++
			}
		})
		if p.stopped && (!p.user || !p.state.Live()) {
			return fmt.Errorf("pid %d is stopped but %v (user=%v)", p.pid, p.state, p.user)
		}
	}
	if running != len(k.runq) {
		return fmt.Errorf("%d running user processes, %d queued", running, len(k.runq))
	}
	for i, p := range k.runq {
		if p.runIdx != i || k.task(p.pid) != p || p.state != StateRunning || !p.user || p.stopped {
			return fmt.Errorf("run queue slot %d holds pid %d (%v)", i, p.pid, p.state)
		}
		if i > 0 && k.runq.Less(i, (i-1)/2) {
			return fmt.Errorf("run queue slot %d (pid %d) comes before its heap parent", i, p.pid)
		}
	}
	return nil
}

func checkGroups(k *Kernel) error {
	want := map[PID]int{}
	for _, p := range k.procs {
		want[p.pgid]++
	}
	for _, pid := range k.sortedPIDs() {
		if g := k.procs[pid].pgid; k.pgrps[g] != want[g] {
			return fmt.Errorf("group %d counted %d members, has %d", g, k.pgrps[g], want[g])
		}
	}
	if len(want) != len(k.pgrps) {
		return fmt.Errorf("%d process groups counted, %d exist", len(k.pgrps), len(want))
	}
	return nil
}

// checkFiles recounts references in pid order, so that the first mismatch
// reported does not depend on map order.
func checkFiles(k *Kernel) error {
	refs := map[*file]int{}
	var files []*file
	for _, pid := range k.sortedPIDs() {
		for _, f := range k.procs[pid].fds {
			if f == nil {
				continue
			}
			if refs[f] == 0 {
				files = append(files, f)
			}
			refs[f]++
		}
	}
	// Files in flight count too: follow the messages of every pipe
	// reachable from an fd table, or from a file in flight.
	seen := map[*pipe]bool{}
	for i := 0; i < len(files); i++ {
		if l := files[i].lis; l != nil {
			// So do the server ends of connections not yet accepted.
			for _, c := range l.backlog {
				for _, g := range []*file{c.r, c.w} {
					if refs[g] == 0 {
						files = append(files, g)
					}
					refs[g]++
				}
			}
		}
		pp := files[i].pipe
		if pp == nil || seen[pp] {
			continue
		}
		seen[pp] = true
		for _, a := range pp.attached {
			if a.off >= len(pp.buf) {
				return fmt.Errorf("pipe #%d has files attached at %d, past its %d bytes", pp.id, a.off, len(pp.buf))
			}
			for _, g := range a.files {
				if refs[g] == 0 {
					files = append(files, g)
				}
				refs[g]++
			}
		}
	}
	ends := map[*pipe]*[2]int{}
	var pipes []*pipe
	for _, f := range files {
		if f.refs != refs[f] {
			return fmt.Errorf("open file with %d references counts %d", refs[f], f.refs)
		}
		if f.pipe == nil {
			continue
		}
		if ends[f.pipe] == nil {
			ends[f.pipe] = new([2]int)
			pipes = append(pipes, f.pipe)
		}
		ends[f.pipe][f.kind-filePipeRead]++
	}
	for _, pp := range pipes {
		if e := ends[pp]; pp.readers != e[0] || pp.writers != e[1] {
			return fmt.Errorf("pipe #%d counts %d readers %d writers, has %d and %d", pp.id, pp.readers, pp.writers, e[0], e[1])
		}
	}
	return nil
}

// waitedFor reports whether a task of p is in a sigwait whose set has sig
// (asleep, or woken and about to take it).
func waitedFor(p *process, sig Signal) bool {
	if p.waitSet.Has(sig) {
		return true
	}
	for _, t := range p.threads {
		if t.waitSet.Has(sig) {
			return true
		}
	}
	return false
}
