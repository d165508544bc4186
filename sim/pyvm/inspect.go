// Read-only inspection of an interpreter's state for the simulator's
// checkpoints and the player: it reads objects directly and never runs
// Python code, so looking cannot reap anything (CHECKPOINTS.md: reading
// `_children` must not call poll, exitcode, is_alive or repr).

package pyvm

// mpChildren returns multiprocessing.process._children, if the module is
// imported and has it. Asked at every line of multiprocessing's code
// (ChildrenStamp), it finds both names through cached slots (nameSlot)
// instead of two hashed lookups.
func (in *Interp) mpChildren() (Value, bool) {
	if in.modules == nil {
		return nil, false
	}
	m, ok := in.childName(0, in.modules, "multiprocessing.process")
	if !ok {
		return nil, false
	}
	mod, ok := m.(*Module)
	if !ok {
		return nil, false
	}
	return in.childName(1, mod.dict, "_children")
}

// childName looks name up in d through slot i of childSlots, by the key
// string d holds once found (childKeys): the slot's check then compares
// two strings at one address, which Go does without reading their bytes.
func (in *Interp) childName(i int, d *Dict, name string) (Value, bool) {
	k := in.childKeys[i]
	if k == "" {
		k = name
	}
	v, ok := d.getStrAt(k, &in.childSlots[i])
	if ok && in.childKeys[i] == "" {
		if e := in.childSlots[i].at(&d.t, k); e != nil {
			in.childKeys[i] = string(e.key.(Str))
		}
	}
	return v, ok
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
	v, ok := in.mpChildren()
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
