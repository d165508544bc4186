// Roles of the scenario's process family, as docs/CHECKPOINTS.md defines them:
// main; the multiprocessing helpers forkserver and resource_tracker; pN for the
// N-th child the main process created (by Process.start() or os.fork(),
// whatever the start method: a forkserver worker is main's child although
// the forkserver forked it); pN.M for the children of pN, and so on.

package sim

import (
	"strings"

	"zombielab/sim/checkpoint"
	"zombielab/sim/kernel"
)

type family struct {
	main       kernel.PID
	role       map[kernel.PID]string
	created    map[kernel.PID]int // children counted per creator
	forkserver kernel.PID
}

func newFamily(main kernel.PID) *family {
	return &family{
		main:    main,
		role:    map[kernel.PID]string{main: checkpoint.RoleMain},
		created: map[kernel.PID]int{},
	}
}

// creator is the family member a new child of parent counts for: the
// forkserver forks on behalf of the main process.
func (f *family) creator(parent kernel.PID) (kernel.PID, bool) {
	if parent == f.forkserver && parent != 0 {
		return f.main, true
	}
	_, ok := f.role[parent]
	return parent, ok
}

// forked records that parent created child and returns the child's role
// ("" when it is outside the family).
func (f *family) forked(parent, child kernel.PID) string {
	c, ok := f.creator(parent)
	if !ok {
		return ""
	}
	f.created[c]++
	f.role[child] = checkpoint.ChildRole(f.role[c], f.created[c])
	return f.role[child]
}

// execed records pid's new command line: a multiprocessing helper takes its
// helper role and gives its number back (spawnv_passfds execs the helper
// before its creator can create anything else, so it was the last one). It
// returns the new role, "" when the role did not change.
func (f *family) execed(parent, pid kernel.PID, cmdline string) string {
	helper := helperRole(cmdline)
	if helper == "" {
		return ""
	}
	if _, ok := f.role[pid]; !ok {
		return ""
	}
	if c, ok := f.creator(parent); ok && f.created[c] > 0 {
		f.created[c]--
	}
	f.role[pid] = helper
	if helper == checkpoint.RoleForkserver {
		f.forkserver = pid
	}
	return helper
}

func helperRole(cmdline string) string {
	switch {
	case strings.Contains(cmdline, "multiprocessing.forkserver"):
		return checkpoint.RoleForkserver
	case strings.Contains(cmdline, "multiprocessing.resource_tracker"):
		return checkpoint.RoleResourceTracker
	}
	return ""
}

// snapshot describes the family as it is now in the kernel's table.
func (f *family) snapshot(k *kernel.Kernel, label string, tms int64, children []kernel.PID) checkpoint.Snapshot {
	s := checkpoint.Snapshot{Label: label, TMs: tms}
	for _, p := range k.Snapshot().Procs {
		role, ok := f.role[p.PID]
		if !ok {
			continue
		}
		ppid := checkpoint.ParentInit
		if role == checkpoint.RoleMain {
			ppid = checkpoint.ParentOutside
		} else if r, ok := f.role[p.PPID]; ok {
			ppid = r
		}
		state := checkpoint.StateAlive
		if p.State == kernel.StateZombie {
			state = checkpoint.StateZombie
		}
		s.Procs = append(s.Procs, checkpoint.Proc{Role: role, PPID: ppid, State: state})
	}
	for _, pid := range children {
		if r, ok := f.role[kernel.PID(pid)]; ok {
			s.Children = append(s.Children, r)
		}
	}
	s.Normalize()
	return s
}
