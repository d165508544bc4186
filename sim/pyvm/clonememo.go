// This file implements Clone's memo: which object of the interpreter being
// cloned has become which object of the clone.

package pyvm

// cloneMemo maps what a Clone has copied to its copies, so that aliases and
// cycles stay as they are. The kinds a fork meets most carry their copy
// with them, marked with the memo that made it (cloneMark): a class in a
// field, a dictionary in its table's shareNote (so that a dictionary, of
// which a child holds many copies, is no larger). A look is then a compare
// instead of a hash-map probe, and a put an append to the list clear walks
// to unmark them (the map lookups were about 7 % of a seed-loop
// iteration). Instances and lists have maps keyed by their pointer type,
// which Go hashes as one word; the rest share a map keyed by interface,
// whose hashing looks at the dynamic type first.
type cloneMemo struct {
	dicts   []*Dict
	classes []*Class
	// Instances and modules carry their copy in their dictionary's note
	// too (a Clone copies that dictionary right after them, so the note is
	// there anyway); those without one are in insts and other.
	noted []Value
	insts map[*Instance]*Instance
	lists map[*List]*List
	other map[any]any
}

// objMark is cloneMark for an object that carries it in its dictionary's
// note, which another object may share: from says whose it is.
type objMark[T any] struct {
	by       *cloneMemo
	from, to *T
}

// cloneMark is an object's copy in the Clone whose memo is by; any other
// memo ignores it. Marks live only while that Clone runs (clear removes
// them), so an original does not keep a dead child's copy alive.
type cloneMark[T any] struct {
	by *cloneMemo
	to *T
}

func newCloneMemo(hint int) *cloneMemo {
	return &cloneMemo{
		dicts: make([]*Dict, 0, max(16, hint/2)),
		insts: map[*Instance]*Instance{},
		lists: map[*List]*List{},
		other: make(map[any]any, max(16, hint/4)),
	}
}

func (m *cloneMemo) get(k any) (any, bool) {
	switch x := k.(type) {
	case *Dict:
		if sn := x.t.share; sn != nil && sn.mark.by == m {
			return sn.mark.to, true
		}
		return nil, false
	case *Instance:
		if x.dict != nil {
			if sn := x.dict.t.share; sn != nil && sn.imark.by == m && sn.imark.from == x {
				return sn.imark.to, true
			}
			if len(m.insts) == 0 {
				return nil, false
			}
		}
		return memoGet(m.insts, x)
	case *Module:
		if x.dict != nil {
			if sn := x.dict.t.share; sn != nil && sn.mmark.by == m && sn.mmark.from == x {
				return sn.mmark.to, true
			}
		}
	case *Class:
		if x.mark.by == m {
			return x.mark.to, true
		}
		return nil, false
	case *List:
		return memoGet(m.lists, x)
	}
	return memoGet(m.other, k)
}

// memoGet is m[k] as an any (meaningful only when found).
func memoGet[K comparable, V any](m map[K]V, k K) (any, bool) {
	v, ok := m[k]
	return v, ok
}

func (m *cloneMemo) put(k, v any) {
	switch x := k.(type) {
	case *Dict:
		sn := x.t.note()
		if sn.mark.by != m {
			m.dicts = append(m.dicts, x)
		}
		sn.mark = cloneMark[Dict]{m, v.(*Dict)}
	case *Instance:
		// Instances may share one dictionary (the Borg idiom: every
		// instance's __dict__ is one dict): only the first takes its mark,
		// the others go to the map.
		var sn *shareNote
		if x.dict != nil {
			sn = x.dict.t.note()
		}
		if sn == nil || sn.imark.by == m && sn.imark.from != x {
			m.insts[x] = v.(*Instance)
			return
		}
		if sn.imark.by != m {
			m.noted = append(m.noted, x)
		}
		sn.imark = objMark[Instance]{m, x, v.(*Instance)}
	case *Module:
		var sn *shareNote
		if x.dict != nil {
			sn = x.dict.t.note()
		}
		if sn == nil || sn.mmark.by == m && sn.mmark.from != x {
			m.other[k] = v
			return
		}
		if sn.mmark.by != m {
			m.noted = append(m.noted, x)
		}
		sn.mmark = objMark[Module]{m, x, v.(*Module)}
	case *Class:
		if x.mark.by != m {
			m.classes = append(m.classes, x)
		}
		x.mark = cloneMark[Class]{m, v.(*Class)}
	case *List:
		m.lists[x] = v.(*List)
	default:
		m.other[k] = v
	}
}

func (m *cloneMemo) len() int {
	return len(m.dicts) + len(m.noted) + len(m.insts) + len(m.classes) + len(m.lists) + len(m.other)
}

// clear empties the memo and unmarks what it marked.
func (m *cloneMemo) clear() {
	for i, x := range m.dicts {
		x.t.share.mark = cloneMark[Dict]{}
		m.dicts[i] = nil
	}
	for i, x := range m.classes {
		x.mark = cloneMark[Class]{}
		m.classes[i] = nil
	}
	for i, x := range m.noted {
		switch x := x.(type) {
		case *Instance:
			x.dict.t.share.imark = objMark[Instance]{}
		case *Module:
			x.dict.t.share.mmark = objMark[Module]{}
		}
		m.noted[i] = nil
	}
	m.dicts, m.classes, m.noted = m.dicts[:0], m.classes[:0], m.noted[:0]
	clear(m.insts)
	clear(m.lists)
	clear(m.other)
}

// all is every entry in one map (the reachable walk's answer).
func (m *cloneMemo) all() map[any]any {
	out := make(map[any]any, m.len())
	for _, x := range m.dicts {
		out[x] = x.t.share.mark.to
	}
	for _, x := range m.noted {
		out[x], _ = m.get(x)
	}
	for k, v := range m.insts {
		out[k] = v
	}
	for _, x := range m.classes {
		out[x] = x.mark.to
	}
	for k, v := range m.lists {
		out[k] = v
	}
	for k, v := range m.other {
		out[k] = v
	}
	return out
}
