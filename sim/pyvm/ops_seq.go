// This file implements subscripts and slices, iterators (which read their
// container at every step, as CPython's do), and unpacking.

package pyvm

import (
	"unicode/utf8"
)

// index normalises a sequence index, raising IndexError when out of range.
func seqIndex(k Value, n int, what string) (int, error) {
	i, ok := asInt(k)
	if !ok {
		if _, big := k.(*BigInt); big {
			return 0, errIndexSized(indexErrorClass)
		}
		return 0, newTypeError("%s indices must be integers or slices, not %s", what, typeName(k))
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, raisef(indexErrorClass, "%s index out of range", what)
	}
	return int(i), nil
}

// sliceIndices is PySlice_GetIndicesEx: start, stop, step and length.
func sliceIndices(s *Slice, n int) (int, int, int, int, error) {
	step := 1
	if s.step != None {
		st, ok := asInt(s.step)
		if !ok {
			return 0, 0, 0, 0, newTypeError("slice indices must be integers or None")
		}
		if st == 0 {
			return 0, 0, 0, 0, newValueError("slice step cannot be zero")
		}
		step = int(st)
	}
	bound := func(v Value, def int) (int, error) {
		if v == None {
			return def, nil
		}
		i, ok := asInt(v)
		if !ok {
			return 0, newTypeError("slice indices must be integers or None or have an __index__ method")
		}
		x := int(i)
		if x < 0 {
			x += n
			if x < 0 {
				if step < 0 {
					return -1, nil
				}
				return 0, nil
			}
		}
		if x >= n {
			if step < 0 {
				return n - 1, nil
			}
			return n, nil
		}
		return x, nil
	}
	var start, stop int
	var err error
	if step > 0 {
		start, err = bound(s.lo, 0)
		if err == nil {
			stop, err = bound(s.hi, n)
		}
	} else {
		start, err = bound(s.lo, n-1)
		if err == nil {
			stop, err = bound(s.hi, -1)
		}
	}
	if err != nil {
		return 0, 0, 0, 0, err
	}
	length := 0
	if step > 0 && start < stop {
		length = (stop - start + step - 1) / step
	} else if step < 0 && start > stop {
		length = (start - stop - step - 1) / (-step)
	}
	return start, stop, step, length, nil
}

func sliceVals(vs []Value, s *Slice) ([]Value, error) {
	start, _, step, n, err := sliceIndices(s, len(vs))
	if err != nil {
		return nil, err
	}
	out := make([]Value, n)
	for i := 0; i < n; i++ {
		out[i] = vs[start+i*step]
	}
	return out, nil
}

// sliceString is x[s] over bytes (a bytes object, or a str of ASCII
// characters only): a step of 1 shares x's memory.
func sliceString(x string, s *Slice) (string, error) {
	start, _, step, n, err := sliceIndices(s, len(x))
	if err != nil {
		return "", err
	}
	if step == 1 {
		return x[start : start+n], nil
	}
	out := make([]byte, n)
	for i := range out {
		out[i] = x[start+i*step]
	}
	return string(out), nil
}

func (in *Interp) getItem(o, k Value) (Value, error) {
	if isSequence(o) {
		var err error
		if k, err = in.seqKey(k); err != nil {
			return nil, err
		}
	}
	switch x := o.(type) {
	case *MappingProxy:
		return in.getItem(x.d, k)
	case *List:
		if s, ok := k.(*Slice); ok {
			vs, err := sliceVals(x.items, s)
			return newList(vs), err
		}
		i, err := seqIndex(k, len(x.items), "list")
		if err != nil {
			return nil, err
		}
		return x.items[i], nil
	case *Tuple:
		if s, ok := k.(*Slice); ok {
			vs, err := sliceVals(x.items, s)
			return newTuple(vs), err
		}
		i, err := seqIndex(k, len(x.items), "tuple")
		if err != nil {
			return nil, err
		}
		return x.items[i], nil
	case Str:
		if ascii := in.strASCII(string(x)); ascii {
			// One byte a character: index and slice the bytes.
			if s, ok := k.(*Slice); ok {
				b, err := sliceString(string(x), s)
				return Str(b), err
			}
			i, err := seqIndex(k, len(x), "string")
			if err != nil {
				return nil, err
			}
			return Str(x[i : i+1]), nil
		}
		rs := in.strRunes(string(x))
		if s, ok := k.(*Slice); ok {
			start, _, step, n, err := sliceIndices(s, len(rs))
			if err != nil {
				return nil, err
			}
			out := make([]rune, n)
			for i := range out {
				out[i] = rs[start+i*step]
			}
			return Str(string(out)), nil
		}
		i, err := seqIndex(k, len(rs), "string")
		if err != nil {
			return nil, err
		}
		return Str(string(rs[i])), nil
	case Bytes:
		if s, ok := k.(*Slice); ok {
			b, err := sliceString(string(x), s)
			return Bytes(b), err
		}
		i, err := seqIndex(k, len(x), "index")
		if err != nil {
			return nil, err
		}
		return mkInt(int64(x[i])), nil
	case *Dict:
		dk, err := in.dictKey(x, k)
		if err != nil {
			return nil, err
		}
		v, ok, err := x.t.get(dk)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, &PyError{newExc(keyErrorClass, k)}
		}
		return v, nil
	case *Range:
		if s, ok := k.(*Slice); ok {
			start, stop, step, _, err := sliceIndices(s, int(x.length()))
			if err != nil {
				return nil, err
			}
			return &Range{x.start + int64(start)*x.step, x.start + int64(stop)*x.step, x.step * int64(step)}, nil
		}
		i, err := seqIndex(k, int(x.length()), "range object")
		if err != nil {
			return nil, err
		}
		return mkInt(x.start + int64(i)*x.step), nil
	case *Class:
		if r, ok, err := in.metaDunder(x, "__getitem__", k); ok || err != nil {
			return r, err // the metaclass's (EnumMeta: Color['RED'])
		}
		// A class's own __class_getitem__ (PEP 560; a class method, as
		// type_new makes it); list[int] and friends in annotations
		// evaluated at runtime give the class itself here.
		if cg, ok := x.lookup("__class_getitem__"); ok && !x.builtin {
			if cm, isCM := cg.(*ClassMethod); isCM {
				return in.callSync(cm.fn, []Value{x, k}, nil)
			}
		}
		return x, nil
	case *Instance:
		if r, ok, err := in.dunder(x, "__getitem__", k); ok || err != nil {
			return r, err
		}
	}
	return nil, newTypeError("'%s' object is not subscriptable", typeName(o))
}

func (in *Interp) setItem(o, k, v Value) error {
	if isSequence(o) {
		var err error
		if k, err = in.seqKey(k); err != nil {
			return err
		}
	}
	switch x := o.(type) {
	case *List:
		if s, ok := k.(*Slice); ok {
			return in.setSlice(x, s, v)
		}
		i, err := seqIndex(k, len(x.items), "list assignment")
		if err != nil {
			return err
		}
		x.own()
		x.items[i] = v
		return nil
	case *Dict:
		dk, err := in.dictKey(x, k)
		if err != nil {
			return err
		}
		return x.t.put(dk, v)
	case *Instance:
		if _, ok, err := in.dunder(x, "__setitem__", k, v); ok || err != nil {
			return err
		}
	}
	return newTypeError("'%s' object does not support item assignment", typeName(o))
}

func (in *Interp) setSlice(l *List, s *Slice, v Value) error {
	vs, err := in.iterate(v)
	if err != nil {
		return err
	}
	start, stop, step, n, err := sliceIndices(s, len(l.items))
	if err != nil {
		return err
	}
	if step != 1 {
		if len(vs) != n {
			return newValueError("attempt to assign sequence of size %d to extended slice of size %d", len(vs), n)
		}
		l.own()
		for i := 0; i < n; i++ {
			l.items[start+i*step] = vs[i]
		}
		return nil
	}
	if stop < start {
		stop = start
	}
	out := make([]Value, 0, len(l.items)-(stop-start)+len(vs))
	out = append(out, l.items[:start]...)
	out = append(out, vs...)
	l.items = append(out, l.items[stop:]...)
	return nil
}

func (in *Interp) delItem(o, k Value) error {
	if _, ok, err := in.dunder(o, "__delitem__", k); ok || err != nil {
		return err
	}
	if isSequence(o) {
		var err error
		if k, err = in.seqKey(k); err != nil {
			return err
		}
	}
	switch x := o.(type) {
	case *List:
		if s, ok := k.(*Slice); ok {
			start, _, step, n, err := sliceIndices(s, len(x.items))
			if err != nil {
				return err
			}
			drop := map[int]bool{}
			for i := 0; i < n; i++ {
				drop[start+i*step] = true
			}
			out := x.items[:0:0]
			for i, v := range x.items {
				if !drop[i] {
					out = append(out, v)
				}
			}
			x.items = out
			return nil
		}
		i, err := seqIndex(k, len(x.items), "list assignment")
		if err != nil {
			return err
		}
		x.items = append(x.items[:i:i], x.items[i+1:]...)
		return nil
	case *Dict:
		dk, err := in.dictKey(x, k)
		if err != nil {
			return err
		}
		_, ok, err := x.t.del(dk)
		if err == nil && !ok {
			err = &PyError{newExc(keyErrorClass, k)}
		}
		return err
	}
	return newTypeError("'%s' object does not support item deletion", typeName(o))
}

// getIter is iter(o).
func (in *Interp) getIter(o Value) (Value, error) {
	switch x := o.(type) {
	case *List, *Tuple:
		return &Iter{kind: iterSeq, src: o}, nil
	case Str:
		it := &Iter{kind: iterStr, src: o}
		if in.cfg.Version.AtLeast(3, 11) && isASCII(string(x)) {
			it.cls = strASCIIIterClass // 3.11: an ASCII str has its own iterator
		}
		return it, nil
	case Bytes:
		return &Iter{kind: iterSeq, src: bytesInts(x), cls: bytesIterClass}, nil
	case *Range:
		return &Iter{kind: iterRange, src: o}, nil
	case *Dict:
		if err := in.dictReady(x); err != nil {
			return nil, err
		}
		return &Iter{kind: iterKeys, src: o, n: int64(x.t.live)}, nil
	case *MappingProxy:
		return in.getIter(x.d)
	case *DictView:
		return in.viewIter(x)
	case *Set:
		if err := in.setReady(x); err != nil {
			return nil, err
		}
		return &Iter{kind: iterKeys, src: o, n: int64(x.t.live)}, nil
	case *Iter, *Generator:
		return x, nil
	case *Class:
		// A class whose metaclass defines __iter__ (an Enum).
		if r, ok, err := in.metaDunder(x, "__iter__"); ok || err != nil {
			return iterOf(r, err)
		}
	case *Instance:
		if r, ok, err := in.dunder(x, "__iter__"); ok || err != nil {
			return iterOf(r, err)
		}
		if _, ok := x.cls.lookup("__next__"); ok {
			return &Iter{kind: iterCall, src: x}, nil
		}
		if _, ok := x.cls.lookup("__getitem__"); ok {
			// The old sequence protocol (Objects/iterobject.c, seqiter).
			return &Iter{kind: iterGetItem, src: x}, nil
		}
	}
	return nil, newTypeError("'%s' object is not iterable", typeName(o))
}

// iterOf is what a Python __iter__ returned (r, or its error err), as an
// iterator the VM steps.
func iterOf(r Value, err error) (Value, error) {
	if err != nil {
		return nil, err
	}
	switch r.(type) {
	case *Iter, *Generator:
		return r, nil
	}
	return &Iter{kind: iterCall, src: r}, nil
}

// next advances an iterator; ok=false when it is exhausted.
func (in *Interp) next(itv Value) (Value, bool, error) {
	if err := in.spend(1); err != nil {
		return nil, false, err
	}
	it, isIter := itv.(*Iter)
	if g, isGen := itv.(*Generator); isGen {
		v, ok, err := in.resumeSync(g, None, nil)
		if !ok {
			v = nil
		}
		return v, ok, err
	}
	if x, isInst := itv.(*Instance); isInst && !isIter {
		if _, has := x.cls.lookup("__next__"); has {
			it, isIter = &Iter{kind: iterCall, src: x}, true
		}
	}
	if !isIter {
		return nil, false, newTypeError("'%s' object is not an iterator", typeName(itv))
	}
	switch it.kind {
	case iterSeq:
		var items []Value
		if l, ok := it.src.(*List); ok {
			items = l.items
		} else {
			items = it.src.(*Tuple).items
		}
		if it.i >= int64(len(items)) {
			return nil, false, nil
		}
		it.i++
		return items[it.i-1], true, nil
	case iterStr:
		s := string(it.src.(Str))
		if it.i >= int64(len(s)) {
			return nil, false, nil
		}
		r, n := utf8.DecodeRuneInString(s[it.i:])
		it.i += int64(n)
		return Str(string(r)), true, nil
	case iterRange:
		r := it.src.(*Range)
		if it.i >= r.length() {
			return nil, false, nil
		}
		it.i++
		return mkInt(r.start + (it.i-1)*r.step), true, nil
	case iterKeys, iterVals, iterItems:
		return in.nextTable(it)
	case iterEnum:
		st := it.src.(*enumState)
		v, ok, err := in.next(st.it)
		if !ok || err != nil {
			return nil, false, err
		}
		st.count++
		return newTuple([]Value{mkInt(st.count - 1), v}), true, nil
	case iterZip:
		its := it.src.(*Tuple).items
		out := make([]Value, len(its))
		for i, sub := range its {
			v, ok, err := in.next(sub)
			if !ok || err != nil {
				return nil, false, err
			}
			out[i] = v
		}
		if len(its) == 0 {
			return nil, false, nil
		}
		return newTuple(out), true, nil
	case iterGetItem:
		if it.n < 0 {
			return nil, false, nil
		}
		v, _, err := in.dunder(it.src, "__getitem__", mkInt(it.i))
		if err != nil {
			if isPyExc(err, indexErrorClass) || isPyExc(err, stopIterationClass) {
				it.n = -1
				return nil, false, nil
			}
			return nil, false, err
		}
		it.i++
		return v, true, nil
	case iterSentinel:
		// calliter_iternext (Objects/iterobject.c): the callable's result
		// until it equals the sentinel or raises StopIteration; then
		// exhausted for good.
		if it.n < 0 {
			return nil, false, nil
		}
		pair := it.src.(*Tuple).items
		v, err := in.callSync(pair[0], nil, nil)
		if err != nil {
			if isPyExc(err, stopIterationClass) {
				it.n = -1
				return nil, false, nil
			}
			return nil, false, err
		}
		eq, err := in.eq(v, pair[1])
		if err != nil {
			return nil, false, err
		}
		if eq {
			it.n = -1
			return nil, false, nil
		}
		return v, true, nil
	case iterCall:
		v, ok, err := in.dunder(it.src, "__next__")
		if err != nil {
			if pe, isPy := err.(*PyError); isPy && isSubclass(pe.Exc.cls, stopIterationClass) {
				return nil, false, nil
			}
			return nil, false, err
		}
		if !ok {
			return nil, false, newTypeError("'%s' object is not an iterator", typeName(it.src))
		}
		return v, true, nil
	}
	return nil, false, nil
}

func (in *Interp) nextTable(it *Iter) (Value, bool, error) {
	var t *table
	what := "dictionary"
	switch x := it.src.(type) {
	case *Dict:
		t = &x.t
	case *Set:
		t = &x.t
		what = "Set"
	}
	if int64(t.live) != it.n {
		it.n = -1
		return nil, false, raisef(runtimeErrorClass, "%s changed size during iteration", what)
	}
	i := t.next(int(it.i))
	if i < 0 {
		it.i = int64(len(t.entries))
		return nil, false, nil
	}
	it.i = int64(i + 1)
	e := t.entries[i]
	switch it.kind {
	case iterVals:
		return e.val, true, nil
	case iterItems:
		return newTuple([]Value{e.key, e.val}), true, nil
	}
	return e.key, true, nil
}

// forEach calls fn with each value of the iterator it, lazily, until fn
// returns stop=true or an error.
func (in *Interp) forEach(it Value, fn func(Value) (stop bool, err error)) error {
	for {
		v, ok, err := in.next(it)
		if err != nil || !ok {
			return err
		}
		if stop, err := fn(v); stop || err != nil {
			return err
		}
	}
}

// iterate collects all values of an iterable.
func (in *Interp) iterate(o Value) ([]Value, error) {
	switch x := o.(type) {
	case *List:
		return copyVals(x.items), in.spendCopy(len(x.items))
	case *Tuple:
		return x.items, nil
	}
	it, err := in.getIter(o)
	if err != nil {
		return nil, err
	}
	// Past maxItems the simulator refuses the sequence, but only once the
	// work of producing it is done: CPython would still be producing it
	// (list(range(10**11)) runs for minutes there), so an iterable too
	// long for the work budget meets the step cap, not a MemoryError.
	if r, ok := o.(*Range); ok && r.length() > maxItems {
		if err := in.spend(r.length()); err != nil {
			return nil, err
		}
		return nil, tooBig(r.length())
	}
	var out []Value
	for {
		v, ok, err := in.next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		if len(out) >= maxItems {
			return nil, in.tooLong(it, int64(len(out))+1)
		}
		out = append(out, v)
	}
}

// tooLong drains the iterator it, of which n items were taken already,
// and says how long the sequence would have been.
func (in *Interp) tooLong(it Value, n int64) error {
	for {
		_, ok, err := in.next(it)
		if err != nil {
			return err
		}
		if !ok {
			return tooBig(n)
		}
		n++
	}
}

// unpack implements UNPACK_SEQUENCE (after < 0) and UNPACK_EX.
func (in *Interp) unpack(f *Frame, before, after int) error {
	o := f.pop()
	vs, err := in.iterate(o)
	if err != nil {
		return newTypeError("cannot unpack non-iterable %s object", typeName(o))
	}
	if after < 0 {
		if len(vs) > before {
			return newValueError("too many values to unpack (expected %d)", before)
		}
		if len(vs) < before {
			return newValueError("not enough values to unpack (expected %d, got %d)", before, len(vs))
		}
		for i := len(vs) - 1; i >= 0; i-- {
			f.push(vs[i])
		}
		return nil
	}
	if len(vs) < before+after {
		return newValueError("not enough values to unpack (expected at least %d, got %d)", before+after, len(vs))
	}
	for i := len(vs) - 1; i >= len(vs)-after; i-- {
		f.push(vs[i])
	}
	f.push(newList(copyVals(vs[before : len(vs)-after])))
	for i := before - 1; i >= 0; i-- {
		f.push(vs[i])
	}
	return nil
}

// setUpdate is SET_UPDATE ({*a, *b}): _PySet_Update.
func (in *Interp) setUpdate(s *Set, it Value) error { return in.setUpdateFrom(s, it) }

func (in *Interp) dictUpdate(d *Dict, m Value) error {
	if md, ok := mergeable(m); ok {
		m = md
	}
	switch x := m.(type) {
	case *MappingProxy:
		return in.dictUpdate(d, x.d)
	case *Dict:
		for _, e := range x.t.entries {
			if e.live() {
				d.t.put(e.key, e.val)
			}
		}
		return nil
	case *Instance:
		if _, ok := x.cls.lookup("keys"); ok {
			// A mapping: keys() and __getitem__ (dictobject.c,
			// dict_update_arg: PyDict_Merge).
			keys, _, err := in.dunder(x, "keys")
			if err != nil {
				return err
			}
			ks, err := in.iterate(keys)
			if err != nil {
				return err
			}
			for _, k := range ks {
				v, err := in.getItem(x, k)
				if err != nil {
					return err
				}
				if err := d.t.put(k, v); err != nil {
					return err
				}
			}
			return nil
		}
	}
	vs, err := in.iterate(m)
	if err != nil {
		return err
	}
	for _, p := range vs {
		kv, err := in.iterate(p)
		if err != nil || len(kv) != 2 {
			return newValueError("dictionary update sequence element has wrong length")
		}
		if err := d.t.put(kv[0], kv[1]); err != nil {
			return err
		}
	}
	return nil
}
