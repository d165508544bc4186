// Family and group: getppid, getpgid, setpgid (kernel/sys.c) and
// PR_SET_CHILD_SUBREAPER (kernel/sys.c prctl).

package kernel

// Getppid returns pid's parent: after reparenting, the subreaper or 1. It is
// 0 for init and for a pid not in the table.
func (k *Kernel) Getppid(pid PID) PID {
	p := k.lookup(pid)
	if p == nil || p.parent == nil {
		return 0
	}
	return p.parent.pid
}

// Getpgid returns pid's process group; ESRCH if there is no such process.
func (k *Kernel) Getpgid(pid PID) (PID, error) {
	if p := k.lookup(pid); p != nil {
		return p.pgid, nil
	}
	return 0, ESRCH
}

// Setpgid is setpgid(target, pgid) called by caller; 0 for target means the
// caller, 0 for pgid means target's pid. As in kernel/sys.c: EINVAL for a
// negative pgid; ESRCH unless target is the caller or its child; EACCES for
// a child that has called exec; EPERM when pgid is neither target's own pid
// nor an existing group. Sessions are not modelled.
func (k *Kernel) Setpgid(caller, target, pgid PID) error {
	c, err := k.caller(caller)
	if err != nil {
		return err
	}
	if target == 0 {
		target = caller
	}
	if pgid == 0 {
		pgid = target
	}
	if pgid < 0 {
		return EINVAL
	}
	p := k.lookup(target)
	switch {
	case p == nil || (p != c && p.parent != c):
		return ESRCH
	case p != c && p.execed:
		return EACCES
	case pgid != p.pid && k.pgrps[pgid] == 0:
		return EPERM
	}
	k.moveToGroup(p, pgid)
	return nil
}

// moveToGroup puts p in process group pgid.
func (k *Kernel) moveToGroup(p *process, pgid PID) {
	if p.pgid == pgid {
		return
	}
	k.leaveGroup(p.pgid)
	p.pgid = pgid
	k.pgrps[pgid]++
	k.emit(Event{Kind: EventSetpgid, PID: p.pid, PGID: pgid})
}

// SetChildSubreaper is prctl(PR_SET_CHILD_SUBREAPER, on) for pid.
func (k *Kernel) SetChildSubreaper(pid PID, on bool) {
	p := k.live(pid)
	if p == nil || p.subreaper == on {
		return
	}
	p.subreaper = on
	k.emit(Event{Kind: EventSubreaper, PID: p.pid, On: on})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
