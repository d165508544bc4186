// This file lets the simulator skip reading multiprocessing's _children
// when it has not changed: reading a set of N Process objects costs O(N),
// comparing two stamps O(1) (issue 17: a thousand children must not cost
// that much at every line of multiprocessing's code).

package pyvm

// SetStamp identifies the contents of one set: two equal stamps taken from
// the same interpreter mean the same set object with no change in between
// (a set counts its changes, settable.go). The zero stamp means no set.
// A stamp keeps its set alive, so a later set cannot reuse its address.
type SetStamp struct {
	set     *Set
	version uint64
}

// ChildrenStamp is the stamp of multiprocessing.process._children as the
// module holds it now (rebinding the name gives another set, so another
// stamp). It changes when the set gains or loses a Process, not when a
// Process in it changes its own attributes.
func (in *Interp) ChildrenStamp() SetStamp {
	// Asked at every line of multiprocessing's code: both names straight
	// through their slots when these still hold them (the usual case), in
	// one call instead of six.
	if in.modules != nil {
		if m, ok := slotValue(&in.modules.t, &in.childSlots[0], in.childKeys[0], &in.childBases[0]); ok {
			if mod, ok := m.(*Module); ok && mod.dict != nil {
				if v, ok := slotValue(&mod.dict.t, &in.childSlots[1], in.childKeys[1], &in.childBases[1]); ok {
					if s, ok := v.(*Set); ok {
						return SetStamp{set: s, version: s.Version()}
					}
					return SetStamp{}
				}
			}
		}
	}
	v, ok := in.mpChildren()
	if !ok {
		return SetStamp{}
	}
	s, ok := v.(*Set)
	if !ok {
		return SetStamp{}
	}
	return SetStamp{set: s, version: s.Version()}
}

// slotValue is the value of str key k in t where slot s points, if it is
// still there (nameSlot.at). In the entries array where it was last found
// (*base), a live entry at the slot is k's without comparing keys.
func slotValue(t *table, s *nameSlot, k string, base **entry) (Value, bool) {
	if uint(s.i) < uint(len(t.entries)) {
		if e := &t.entries[s.i]; e.key != nil {
			if &t.entries[0] == *base {
				return e.val, true
			}
			if ks, ok := e.key.(Str); ok && string(ks) == k {
				*base = &t.entries[0]
				return e.val, true
			}
		}
	}
	return nil, false
}
