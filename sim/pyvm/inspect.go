// Read-only inspection of an interpreter's state for the simulator's
// checkpoints and the player: it reads objects directly and never runs
// Python code, so looking cannot reap anything (CHECKPOINTS.md: reading
// `_children` must not call poll, exitcode, is_alive or repr).

package pyvm

// moduleGlobal returns a global of an imported module, if both exist.
func (in *Interp) moduleGlobal(module, name string) (Value, bool) {
	if in.modules == nil {
		return nil, false
	}
	m, ok := in.modules.getStr(module)
	if !ok {
		return nil, false
	}
	mod, ok := m.(*Module)
	if !ok {
		return nil, false
	}
	return mod.dict.getStr(name)
}

// instanceAttr reads an attribute from an instance's own __dict__.
func instanceAttr(v Value, name string) (Value, bool) {
	inst, ok := v.(*Instance)
	if !ok || inst.dict == nil {
		return nil, false
	}
	return inst.dict.getStr(name)
}

// ChildrenPids returns the pids of the Process objects in
// multiprocessing.process._children, in the set's iteration order, reading
// each object's _popen.pid. Objects without a pid yet are skipped; an
// interpreter that never imported multiprocessing.process gets nil, one
// whose set is empty a non-nil empty slice.
func (in *Interp) ChildrenPids() []int {
	v, ok := in.moduleGlobal("multiprocessing.process", "_children")
	if !ok {
		return nil
	}
	set, ok := v.(*Set)
	if !ok {
		return nil
	}
	pids := []int{} // imported, even if empty: not nil
	for _, p := range set.t.keys() {
		popen, ok := instanceAttr(p, "_popen")
		if !ok {
			continue
		}
		if pid, ok := instanceAttr(popen, "pid"); ok {
			if n, ok := pid.(Int); ok {
				pids = append(pids, int(n))
			}
		}
	}
	return pids
}
