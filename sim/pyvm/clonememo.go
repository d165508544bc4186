// This file implements Clone's memo: which object of the interpreter being
// cloned has become which object of the clone.

package pyvm

// cloneMemo maps what a Clone has copied to its copies, so that aliases and
// cycles stay as they are. The kinds a fork meets most (dictionaries,
// instances, classes, lists) have maps keyed by their pointer type, which
// Go hashes as one word; the rest share a map keyed by interface, whose
// hashing looks at the dynamic type first (about three times the work:
// the lookups were a tenth of a fork's copy).
type cloneMemo struct {
	dicts   map[*Dict]*Dict
	insts   map[*Instance]*Instance
	classes map[*Class]*Class
	lists   map[*List]*List
	other   map[any]any
}

func newCloneMemo(hint int) *cloneMemo {
	return &cloneMemo{
		dicts:   make(map[*Dict]*Dict, max(16, hint/4)),
		insts:   map[*Instance]*Instance{},
		classes: map[*Class]*Class{},
		lists:   map[*List]*List{},
		other:   make(map[any]any, max(16, hint/4)),
	}
}

func (m *cloneMemo) get(k any) (any, bool) {
	switch x := k.(type) {
	case *Dict:
		return memoGet(m.dicts, x)
	case *Instance:
		return memoGet(m.insts, x)
	case *Class:
		return memoGet(m.classes, x)
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
		m.dicts[x] = v.(*Dict)
	case *Instance:
		m.insts[x] = v.(*Instance)
	case *Class:
		m.classes[x] = v.(*Class)
	case *List:
		m.lists[x] = v.(*List)
	default:
		m.other[k] = v
	}
}

func (m *cloneMemo) len() int {
	return len(m.dicts) + len(m.insts) + len(m.classes) + len(m.lists) + len(m.other)
}

func (m *cloneMemo) clear() {
	clear(m.dicts)
	clear(m.insts)
	clear(m.classes)
	clear(m.lists)
	clear(m.other)
}

// all is every entry in one map (the reachable walk's answer).
func (m *cloneMemo) all() map[any]any {
	out := make(map[any]any, m.len())
	for k, v := range m.dicts {
		out[k] = v
	}
	for k, v := range m.insts {
		out[k] = v
	}
	for k, v := range m.classes {
		out[k] = v
	}
	for k, v := range m.lists {
		out[k] = v
	}
	for k, v := range m.other {
		out[k] = v
	}
	return out
}
