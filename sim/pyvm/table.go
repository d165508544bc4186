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
// the hot path, and a map[string]int avoids hashing an interface. A small
// table has none (sidx nil): see smallTable.
type table struct {
	entries []entry
	index   map[any]int    // keys other than str
	sidx    map[string]int // str keys: all of them, or nil (strIndex scans)
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
	// anyUserKeys: such a key was added at some time (it stays set): a
	// lookup of a builtin key then also compares it with those keys
	// (dictKey), as 1 and an instance equal to 1 are one key in CPython.
	anyUserKeys bool
}

// smallTable is the most slots a table keeps without an index of its str
// keys: most dictionaries are an instance's attributes or a call's
// keywords, with a few keys, and a scan of a few entries finds a key as
// fast as a map lookup while adding one costs no map (in the seed loop a
// new attribute was half of STORE_ATTR's cost, and a fork's child makes
// dozens of such dictionaries).
const smallTable = 8

func newTable(n int) table { return table{sidx: newSidx(n)} }

// newSidx is the index of str keys for a table sized for n keys: none for a
// small one.
func newSidx(n int) map[string]int {
	if n <= smallTable {
		return nil
	}
	return make(map[string]int, n)
}

func (t *table) find(h any) (int, bool) {
	if s, ok := h.(string); ok {
		return t.strIndex(s)
	}
	i, ok := t.index[h]
	return i, ok
}

// strIndex is the slot holding str key k: through sidx, or, when the table
// keeps none, by a scan of its entries (a dead slot has no key).
func (t *table) strIndex(k string) (int, bool) {
	if t.sidx != nil {
		i, ok := t.sidx[k]
		return i, ok
	}
	for i := range t.entries {
		if ks, ok := t.entries[i].key.(Str); ok && string(ks) == k {
			return i, true
		}
	}
	return 0, false
}

// strCount is how many live str keys t holds.
func (t *table) strCount() int {
	if t.sidx != nil {
		return len(t.sidx)
	}
	n := 0
	for _, e := range t.entries {
		if _, ok := e.key.(Str); ok {
			n++
		}
	}
	return n
}

// noteStr records that slot i (at most len(t.entries)) holds str key k.
// A table growing past smallTable slots gets its index then.
func (t *table) noteStr(k string, i int) {
	if t.sidx == nil {
		if len(t.entries) < smallTable {
			return
		}
		t.sidx, t.sidxShared = make(map[string]int, 2*len(t.entries)), false
		for j, e := range t.entries {
			if ks, ok := e.key.(Str); ok {
				t.sidx[string(ks)] = j
			}
		}
	}
	t.ownSidx()
	t.sidx[k] = i
}

func (t *table) setIdx(h any, i int) {
	if s, ok := h.(string); ok {
		t.noteStr(s, i)
		return
	}
	if t.index == nil {
		t.index = map[any]int{}
	}
	t.index[h] = i
}

func (t *table) delIdx(h any) {
	if s, ok := h.(string); ok {
		if t.sidx != nil {
			t.ownSidx()
			delete(t.sidx, s)
		}
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
	if mayUserHash(k) && !t.userKeys && userHashed(k) {
		t.userKeys, t.anyUserKeys = true, true
	}
}

// mayUserHash reports the keys userHashed may report: instances,
// frozensets and tuples.
func mayUserHash(k Value) bool {
	switch k.(type) {
	case *Instance, *Set, *Tuple:
		return true
	}
	return false
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
	t.sidx, t.sidxShared = newSidx(len(es)), false
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
	t.sidx, t.sidxShared = nil, false
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
