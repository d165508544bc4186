// This file implements the insertion-ordered hash table under dict (and
// under a set until it takes CPython's layout, settable.go). Keys are mapped
// to comparable Go values (hashKey) so a Go map gives O(1) lookups, while
// iteration walks an ordered slice: never map order.

package pyvm

import "maps"

// entry is one slot of a table; a dead slot (never used, or deleted) has
// no key. 32 bytes: a fork copies many of them.
type entry struct {
	key, val Value
}

// live reports a slot that holds a key.
func (e entry) live() bool { return e.key != nil }

// table keeps str keys in their own map: names (globals, attributes) are
// the hot path, and a map[string]int avoids hashing an interface.
type table struct {
	entries []entry
	index   map[any]int    // keys other than str
	sidx    map[string]int // str keys
	live    int
	version uint64 // changes so far

	// share is what the last Clone found out about sharing the entries
	// (clone.go), nil before any Clone looked.
	share *shareNote

	// A set's table only (settable.go); a fork's copy keeps none of these
	// but entries and live, so form starts again at formUnknown.
	fill   int // active and dummy slots
	finger int // where set.pop looks first

	// The small fields last, together (a table is in every dict and set):
	//
	// sidxShared: a fork's copy and its original share sidx (their str
	// keys sit at the same positions) until either adds or removes one.
	sidxShared bool
	// entriesShared: a fork's copy and its original share entries, which
	// hold only what a fork shares (clone.go), until either writes.
	entriesShared bool
	form          setForm // a set's only, as fill and finger
	// userKeys: a key whose class defines __hash__ was added without the
	// interpreter (a dict display or comprehension); dictReady merges
	// equal ones.
	userKeys bool
}

func newTable(n int) table { return table{sidx: make(map[string]int, n)} }

func (t *table) find(h any) (int, bool) {
	if s, ok := h.(string); ok {
		i, ok := t.sidx[s]
		return i, ok
	}
	i, ok := t.index[h]
	return i, ok
}

func (t *table) setIdx(h any, i int) {
	if s, ok := h.(string); ok {
		if t.sidx == nil {
			t.sidx = map[string]int{}
		}
		t.ownSidx()
		t.sidx[s] = i
		return
	}
	if t.index == nil {
		t.index = map[any]int{}
	}
	t.index[h] = i
}

func (t *table) delIdx(h any) {
	if s, ok := h.(string); ok {
		t.ownSidx()
		delete(t.sidx, s)
		return
	}
	delete(t.index, h)
}

// ownEntries gives the dict's table its own entries before a write, if a
// fork shares them.
func (t *table) ownEntries() {
	if t.entriesShared {
		t.entries, t.entriesShared = append(make([]entry, 0, cap(t.entries)), t.entries...), false
	}
}

// ownSidx gives the table its own sidx before a write, if a fork shares it.
func (t *table) ownSidx() {
	if t.sidxShared {
		t.sidx, t.sidxShared = maps.Clone(t.sidx), false
	}
}

// tupleKey chains the keys of a tuple's items into one comparable value.
type tupleKey struct{ head, tail any }

// boundKey is the key of a bound method (equal when self and function are).
type boundKey struct{ self, fn any }

// hashKey maps a hashable Python value to a comparable Go value such that
// equal Python values (1 == 1.0 == True) map to equal keys. Objects hash by
// identity here; dictKey and the set table (settable.go) consult a class's
// __hash__ and __eq__.
func hashKey(v Value) (any, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Int:
		return int64(x), nil
	case sigEnum:
		return x.n, nil
	case Bool:
		if x {
			return int64(1), nil
		}
		return int64(0), nil
	case Float:
		f := float64(x)
		if k, ok := floatBigKey(f); ok {
			return k, nil
		}
		if f == float64(int64(f)) {
			return int64(f), nil
		}
		return f, nil
	case *BigInt:
		return bigHashKey(x.v), nil
	case NoneType, Bytes, ellipsisType:
		return x, nil
	case *Tuple:
		var k any = tupleKey{}
		for i := len(x.items) - 1; i >= 0; i-- {
			h, err := hashKey(x.items[i])
			if err != nil {
				return nil, err
			}
			k = tupleKey{h, k}
		}
		return tupleKey{"tuple", k}, nil
	case *BoundMethod:
		s, err := hashKey(x.self)
		if err != nil {
			return nil, err
		}
		return boundKey{s, x.fn}, nil
	case *List, *Dict, *Slice:
		return nil, unhashable(v)
	case *MappingProxy:
		return nil, unhashableProxy(x)
	case *Set:
		if !x.t.frozen() {
			return nil, unhashable(v)
		}
	case *Instance:
		if err := checkHashable(x); err != nil {
			return nil, err
		}
	}
	return v, nil // pointers: identity
}

func unhashable(v Value) error {
	return newTypeError("unhashable type: '%s'", typeName(v))
}

func (t *table) lookup(k Value) (int, error) {
	h, err := hashKey(k)
	if err != nil {
		return -1, err
	}
	if i, ok := t.find(h); ok {
		return i, nil
	}
	return -1, nil
}

func (t *table) get(k Value) (Value, bool, error) {
	i, err := t.lookup(k)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return t.entries[i].val, true, nil
}

// put inserts or replaces k.
func (t *table) put(k, v Value) error {
	h, err := hashKey(k)
	if err != nil {
		return err
	}
	t.set(k, h, v)
	return nil
}

func (t *table) set(k Value, h any, v Value) {
	if t.form == formHashed {
		// Only a set in CPython's layout; the VM's own instructions add
		// to fresh sets alone, so this is a safety net.
		t.toOrdered()
	}
	t.ownEntries()
	if i, ok := t.find(h); ok {
		t.entries[i].val = v
		return
	}
	t.setIdx(h, len(t.entries))
	t.entries = append(t.entries, entry{key: k, val: v})
	t.live++
	t.version++
	if _, inst := k.(*Instance); inst && !t.userKeys && userHashed(k) {
		t.userKeys = true
	}
}

// del removes k, reporting whether it was present.
func (t *table) del(k Value) (Value, bool, error) {
	h, err := hashKey(k)
	if err != nil {
		return nil, false, err
	}
	i, ok := t.find(h)
	if !ok {
		return nil, false, nil
	}
	v := t.entries[i].val
	t.ownEntries()
	t.delIdx(h)
	t.entries[i] = entry{}
	t.live--
	if len(t.entries) > 8 && t.live < len(t.entries)/2 {
		t.compact()
	}
	return v, true, nil
}

func (t *table) compact() {
	es := make([]entry, 0, t.live)
	for _, e := range t.entries {
		if e.live() {
			es = append(es, e)
		}
	}
	t.rebuild(es)
}

// rebuild replaces the entries and recomputes the index (after compaction or
// a clone, where identity keys have new pointers).
func (t *table) rebuild(es []entry) {
	t.entries, t.entriesShared = es, false
	t.index = nil
	t.sidx, t.sidxShared = make(map[string]int, len(es)), false
	t.live = 0
	for i, e := range es {
		if !e.live() {
			continue
		}
		h, _ := hashKey(e.key)
		t.setIdx(h, i)
		t.live++
	}
}

func (t *table) clear() {
	t.entries, t.entriesShared = nil, false
	t.index = nil
	t.sidx, t.sidxShared = map[string]int{}, false
	t.live = 0
}

// keys returns the live keys in order.
func (t *table) keys() []Value {
	ks := make([]Value, 0, t.live)
	for _, e := range t.entries {
		if e.live() && !isSentinel(e.key) {
			ks = append(ks, e.key)
		}
	}
	return ks
}

// nth returns the position of the next live entry at or after i, or -1.
func (t *table) next(i int) int {
	for ; i < len(t.entries); i++ {
		if t.entries[i].live() && !isSentinel(t.entries[i].key) {
			return i
		}
	}
	return -1
}

func (t *table) copy() table {
	es := make([]entry, 0, t.live)
	for _, e := range t.entries {
		if e.live() {
			es = append(es, e)
		}
	}
	var n table
	n.rebuild(es)
	return n
}

// isSentinel reports a set's dummy or frozenset mark (settable.go).
func isSentinel(k Value) bool { return k == setDummy || k == frozenMark }
