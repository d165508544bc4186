// This file models CPython's set table (Objects/setobject.c, 3.8–3.13,
// the same in each but for 3.9's insertions, which never reuse a dummy
// slot) so that sets and frozensets iterate in CPython's
// order: open addressing over a power-of-two table of (key, hash) slots,
// LINEAR_PROBES = 9 neighbours before a perturbed jump
// (i = i*5 + 1 + perturb; perturb >>= 5), dummies left by discard and pop,
// a resize when fill*5 >= mask*3 to the smallest power of two above
// used*4 (used*2 beyond 50,000), and set_merge's shortcuts for copy and
// union. Iteration walks the slots in order.
//
// A set's table has two forms, both stored in table.entries so that a
// fork's copy (clone.go copies entries position by position) keeps them:
//
//   - ordered: entries in insertion order with no hash (val nil), indexed
//     by hashKey like a dict. Sets built by the VM's own instructions
//     ({a, b}, set comprehensions) start so, because those instructions
//     cannot call Python or know the version; the first look from Go code
//     that has the interpreter (iteration, repr, len, methods) turns the
//     table into the hashed form by adding the keys in insertion order,
//     which is what CPython did. A set holding any object CPython hashes by
//     address stays ordered for good: CPython's order for it depends on
//     memory addresses.
//   - hashed: entries[i] is slot i; an active slot holds the key and its
//     hash as val (an Int), a dummy holds setDummy with hash -1.
//
// A frozenset's table ends with one extra entry holding frozenMark.

package pyvm

// setDummy and frozenMark are sentinel keys; as *Builtin values a fork's
// copy shares them.
var (
	setDummy   = &Builtin{name: "<set dummy>"}
	frozenMark = &Builtin{name: "<frozenset>"}
)

// setForm says which form a set's table is in; formUnknown after a fork's
// copy (which keeps only entries), found again by looking at them.
type setForm uint8

const (
	formUnknown  setForm = iota
	formPending          // ordered, not yet hashed
	formIdentity         // ordered for good: it holds an address-hashed object
	formHashed           // CPython's slots
)

const (
	setMinSize   = 8 // PySet_MINSIZE
	linearProbes = 9 // LINEAR_PROBES
	perturbShift = 5 // PERTURB_SHIFT
)

// frozen reports a frozenset's table.
func (t *table) frozen() bool {
	return len(t.entries) > 0 && t.entries[len(t.entries)-1].key == frozenMark
}

// nslots is the number of slots (mask+1) of a hashed table.
func (t *table) nslots() int {
	if t.frozen() {
		return len(t.entries) - 1
	}
	return len(t.entries)
}

// resolveForm finds the form of a table copied by a fork and recounts
// its fill (active and dummy slots).
func (t *table) resolveForm() {
	if t.form != formUnknown {
		return
	}
	t.form = formPending
	for i, n := 0, t.nslots(); i < n; i++ {
		if e := t.entries[i]; e.live() && e.val != nil {
			t.form = formHashed
			break
		}
	}
	if t.form != formHashed {
		return
	}
	t.fill = 0
	for i, n := 0, t.nslots(); i < n; i++ {
		if t.entries[i].live() {
			t.fill++
		}
	}
	t.index, t.sidx, t.sidxShared = nil, nil, false
}

// setReady brings s into its final form: hashed, or ordered for good.
func (in *Interp) setReady(s *Set) error {
	t := &s.t
	t.resolveForm()
	if t.form != formPending {
		return nil
	}
	frozen := t.frozen()
	keys := t.keys()
	hashes := make([]int64, len(keys))
	for i, k := range keys {
		h, ident, err := in.pyHash(k)
		if err != nil {
			return err
		}
		if ident {
			t.form = formIdentity
			return nil
		}
		hashes[i] = h
	}
	*t = table{form: formHashed, version: t.version}
	t.entries = make([]entry, setMinSize)
	for i, k := range keys {
		if _, err := in.setAddEntry(t, k, hashes[i]); err != nil {
			return err
		}
	}
	if frozen {
		t.entries = append(t.entries, entry{key: frozenMark})
	}
	return nil
}

// toOrdered turns a hashed table into the ordered form for good, keeping
// its current iteration order (an address-hashed object is being added).
func (t *table) toOrdered() {
	keys := t.keys()
	frozen := t.frozen()
	v := t.version
	*t = table{}
	t.rebuild(nil)
	for _, k := range keys {
		h, _ := hashKey(k)
		t.set(k, h, nil)
	}
	if frozen {
		t.entries = append(t.entries, entry{key: frozenMark})
	}
	t.form, t.version = formIdentity, v
}

// slotEq is the comparison of set_add_entry and set_lookkey once the
// hashes agree: identity, then ==.
func (in *Interp) slotEq(a, b Value) (bool, error) {
	if identical(a, b) {
		return true, nil
	}
	_, ai := a.(*Instance)
	_, bi := b.(*Instance)
	if !ai && !bi && !userHashed(a) && !userHashed(b) {
		// Builtin keys compare by their index keys; frozensets and the
		// tuples holding them by ==.
		ka, err1 := hashKey(a)
		kb, err2 := hashKey(b)
		return err1 == nil && err2 == nil && ka == kb, nil
	}
	return in.eq(a, b)
}

// setAddEntry is set_add_entry: it reports whether k was added. A new key
// goes to the last dummy on its probe path, if it passed one, else to the
// empty slot that ends the path (which counts towards a resize); 3.9
// never reuses a dummy. Which dummy is reused was measured on 3.8–3.13
// (settable_test.go).
func (in *Interp) setAddEntry(t *table, k Value, h int64) (bool, error) {
	mask := uint64(t.nslots() - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	free := -1
	// 3.9 passes dummies over without reusing them (measured: 3.8 and
	// 3.10+ reuse the last one on the path).
	reuse := in.cfg.Version != Version{Major: 3, Minor: 9}
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &t.entries[j]
			if !e.live() && free >= 0 {
				t.entries[free] = entry{key: k, val: Int(h)}
				t.live++
				t.version++
				return true, nil
			}
			if !e.live() {
				*e = entry{key: k, val: Int(h)}
				t.fill++
				t.live++
				t.version++
				if uint64(t.fill)*5 >= mask*3 {
					n := t.live * 4
					if t.live > 50000 {
						n = t.live * 2
					}
					t.resize(n)
				}
				return true, nil
			}
			if e.key == setDummy {
				if reuse {
					free = int(j)
				}
			} else if int64(e.val.(Int)) == h {
				eq, err := in.slotEq(e.key, k)
				if err != nil {
					return false, err
				}
				if eq {
					return false, nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// setLookup is set_lookkey: the slot holding k, or -1.
func (in *Interp) setLookup(t *table, k Value, h int64) (int, error) {
	if t.live == 0 {
		return -1, nil
	}
	mask := uint64(t.nslots() - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &t.entries[j]
			if !e.live() {
				return -1, nil
			}
			if e.key != setDummy && int64(e.val.(Int)) == h {
				eq, err := in.slotEq(e.key, k)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(j), nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize is set_table_resize: a table of the smallest power of two above
// minused, the old active slots inserted in slot order.
func (t *table) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := t.entries[:t.nslots()]
	frozen := t.frozen()
	t.entries = make([]entry, size)
	t.fill = t.live
	for _, e := range old {
		if e.live() && e.key != setDummy {
			insertClean(t.entries, e.key, int64(e.val.(Int)))
		}
	}
	if frozen {
		t.entries = append(t.entries, entry{key: frozenMark})
	}
}

// insertClean is set_insert_clean: the first empty slot on k's probe path
// in a table without dummies or equal keys.
func insertClean(slots []entry, k Value, h int64) {
	mask := uint64(len(slots) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			if !slots[j].live() {
				slots[j] = entry{key: k, val: Int(h)}
				return
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// setAdd is set.add(k).
func (in *Interp) setAdd(s *Set, k Value) error {
	if err := in.setReady(s); err != nil {
		return err
	}
	h, ident, err := in.pyHash(k)
	if err != nil {
		return err
	}
	t := &s.t
	if ident && t.form == formHashed {
		t.toOrdered()
	}
	if t.form == formHashed {
		_, err := in.setAddEntry(t, k, h)
		return err
	}
	return t.put(k, nil)
}

// frozenKey is a set looked up in a set as the frozenset of its items
// (Objects/setobject.c, set_contains, set_remove and set_discard retry an
// unhashable set so): {1} in {frozenset({1})} is True.
func (in *Interp) frozenKey(k Value) (Value, error) {
	if x, ok := k.(*Set); ok && !x.t.frozen() {
		return in.newSetOf(x, true)
	}
	return k, nil
}

// setHas is `k in s`.
func (in *Interp) setHas(s *Set, k Value) (bool, error) {
	k, err := in.frozenKey(k)
	if err != nil {
		return false, err
	}
	if err := in.setReady(s); err != nil {
		return false, err
	}
	if s.t.form != formHashed {
		_, ok, err := s.t.get(k)
		return ok, err
	}
	h, ident, err := in.pyHash(k)
	if err != nil || ident {
		return false, err
	}
	i, err := in.setLookup(&s.t, k, h)
	return i >= 0, err
}

// setRemove is set.discard(k), reporting whether k was there.
func (in *Interp) setRemove(s *Set, k Value) (bool, error) {
	k, err := in.frozenKey(k)
	if err != nil {
		return false, err
	}
	if err := in.setReady(s); err != nil {
		return false, err
	}
	t := &s.t
	if t.form != formHashed {
		_, ok, err := t.del(k)
		if ok {
			t.version++
		}
		return ok, err
	}
	h, ident, err := in.pyHash(k)
	if err != nil || ident {
		return false, err
	}
	i, err := in.setLookup(t, k, h)
	if err != nil || i < 0 {
		return false, err
	}
	t.entries[i] = entry{key: setDummy, val: Int(-1)}
	t.live--
	t.version++
	return true, nil
}

// setPop is set.pop(): from the search finger on (Objects/setobject.c
// set_pop). A fork's copy restarts the finger at slot 0.
func (in *Interp) setPop(s *Set) (Value, error) {
	if err := in.setReady(s); err != nil {
		return nil, err
	}
	t := &s.t
	if t.live == 0 {
		return nil, raisef(keyErrorClass, "pop from an empty set")
	}
	if t.form != formHashed {
		i := t.next(0)
		k := t.entries[i].key
		t.del(k)
		t.version++
		return k, nil
	}
	n := t.nslots()
	i := t.finger & (n - 1)
	for !t.entries[i].live() || t.entries[i].key == setDummy {
		i++
		if i >= n {
			i = 0
		}
	}
	k := t.entries[i].key
	t.entries[i] = entry{key: setDummy, val: Int(-1)}
	t.live--
	t.version++
	t.finger = i + 1
	return k, nil
}

// setClear is set.clear(): back to an empty small table.
func (s *Set) clear() {
	v := s.t.version + 1
	s.t = table{form: formPending, version: v}
}

// setKeys returns the keys in iteration order.
func (in *Interp) setKeys(s *Set) ([]Value, error) {
	if err := in.setReady(s); err != nil {
		return nil, err
	}
	return s.t.keys(), nil
}

// setHashes returns the hashes of a frozenset's keys (for its own hash).
func (in *Interp) setHashes(s *Set) ([]int64, bool, error) {
	if err := in.setReady(s); err != nil {
		return nil, false, err
	}
	if s.t.form != formHashed {
		return nil, true, nil
	}
	var hs []int64
	for i, n := 0, s.t.nslots(); i < n; i++ {
		if e := s.t.entries[i]; e.live() && e.key != setDummy {
			hs = append(hs, int64(e.val.(Int)))
		}
	}
	return hs, false, nil
}

// setMerge is set_update_internal for a set or frozenset argument
// (set_merge: one resize up front, then a copy of the slots when the
// target is empty and of the same size, else insertions in slot order).
func (in *Interp) setMerge(s, o *Set) error {
	if err := in.setReady(s); err != nil {
		return err
	}
	if err := in.setReady(o); err != nil {
		return err
	}
	if s == o || o.t.live == 0 {
		return nil
	}
	t, ot := &s.t, &o.t
	if ot.form != formHashed || t.form != formHashed {
		for _, k := range ot.keys() {
			if err := in.setAdd(s, k); err != nil {
				return err
			}
		}
		return nil
	}
	if len(t.entries) == 0 {
		t.entries = make([]entry, setMinSize)
	}
	mask := t.nslots() - 1
	if (t.fill+ot.live)*5 >= mask*3 {
		t.resize((t.live + ot.live) * 2)
	}
	t.version++
	oslots := ot.entries[:ot.nslots()]
	if t.fill == 0 && t.nslots() == len(oslots) && ot.fill == ot.live {
		for i, e := range oslots {
			if e.live() {
				t.entries[i] = e
			}
		}
		t.fill, t.live = ot.fill, ot.live
		return nil
	}
	if t.fill == 0 {
		slots := t.entries[:t.nslots()]
		for _, e := range oslots {
			if e.live() && e.key != setDummy {
				insertClean(slots, e.key, int64(e.val.(Int)))
			}
		}
		t.fill, t.live = ot.live, ot.live
		return nil
	}
	for _, e := range oslots {
		if e.live() && e.key != setDummy {
			if _, err := in.setAddEntry(t, e.key, int64(e.val.(Int))); err != nil {
				return err
			}
		}
	}
	return nil
}

// setUpdateFrom is set_update_internal: a set merges, a dict is added key
// by key after one resize, anything else is iterated.
func (in *Interp) setUpdateFrom(s *Set, it Value) error {
	switch o := it.(type) {
	case *Set:
		o.t.resolveForm()
		if o.t.frozen() && o.t.form == formPending {
			// A frozenset constant of the compiler (compile_setconst.go):
			// CPython builds it from the items in source order, then
			// Python/compile.c merge_consts_recursive rebuilds it from its
			// own iteration order (PyFrozenSet_New of a tuple of its
			// items). The shared constant itself stays as it is.
			keys := o.t.keys()
			for pass := 0; pass < 2; pass++ {
				f, err := in.newSetOf(newTuple(keys), true)
				if err != nil {
					return err
				}
				o, keys = f, f.t.keys()
			}
		}
		return in.setMerge(s, o)
	case *Dict:
		if err := in.setReady(s); err != nil {
			return err
		}
		t := &s.t
		if t.form == formHashed && o.t.live > 0 {
			mask := t.nslots() - 1
			if (t.fill+o.t.live)*5 >= mask*3 {
				t.resize((t.live + o.t.live) * 2)
			}
		}
		for _, k := range o.t.keys() {
			if err := in.setAdd(s, k); err != nil {
				return err
			}
		}
		return nil
	}
	vs, err := in.iterate(it)
	if err != nil {
		return err
	}
	for _, v := range vs {
		if err := in.setAdd(s, v); err != nil {
			return err
		}
	}
	return nil
}

// newSetOf is make_new_set: a set (or frozenset) filled from an iterable.
func (in *Interp) newSetOf(it Value, frozen bool) (*Set, error) {
	s := &Set{t: table{form: formHashed, entries: make([]entry, setMinSize)}}
	if it != nil {
		if err := in.setUpdateFrom(s, it); err != nil {
			return nil, err
		}
	}
	if frozen {
		s.t.entries = append(s.t.entries, entry{key: frozenMark})
	}
	return s, nil
}

// Version counts the changes to a set: equal counts mean an unchanged set
// (a fork's copy starts again at 0, as a new object).
func (s *Set) Version() uint64 { return s.t.version }
