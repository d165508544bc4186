// This file holds set and frozenset's methods and operators, each written
// after its function in Objects/setobject.c (3.8–3.13) so that the result
// is built in the same order, and so iterates as CPython's does: union
// copies then merges, intersection walks the smaller operand, difference
// walks the left one (or copies it and discards when it is much larger),
// symmetric_difference copies the right one and toggles the left one's keys.

package pyvm

var frozensetClass = builtinClass("frozenset")

// setResult is make_new_set_basetype: a result of the left operand's kind.
func (in *Interp) setResult(like *Set, it Value) (*Set, error) {
	return in.newSetOf(it, like.t.frozen())
}

// asSet returns v if it is a set or frozenset.
func asSet(v Value) (*Set, bool) {
	s, ok := v.(*Set)
	return s, ok
}

// setCopy is set_copy (frozenset.copy returns the frozenset itself).
func (in *Interp) setCopy(s *Set) (*Set, error) {
	return in.setResult(s, s)
}

// setIntersection is set_intersection.
func (in *Interp) setIntersection(s *Set, other Value) (*Set, error) {
	if other == Value(s) {
		return in.setCopy(s)
	}
	r, err := in.setResult(s, nil)
	if err != nil {
		return nil, err
	}
	if err := in.setReady(s); err != nil {
		return nil, err
	}
	var keys []Value
	probe := s
	if o, ok := asSet(other); ok {
		if err := in.setReady(o); err != nil {
			return nil, err
		}
		walk := o
		if o.t.live > s.t.live {
			probe, walk = o, s
		}
		keys = walk.t.keys()
	} else if keys, err = in.iterate(other); err != nil {
		return nil, err
	}
	for _, k := range keys {
		ok, err := in.setHas(probe, k)
		if err != nil {
			return nil, err
		}
		if ok {
			if err := in.setAddKeep(r, k); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// setAddKeep adds to a result set, keeping a frozenset's mark last.
func (in *Interp) setAddKeep(r *Set, k Value) error {
	if !r.t.frozen() {
		return in.setAdd(r, k)
	}
	r.t.entries = r.t.entries[:len(r.t.entries)-1]
	if r.t.form == formIdentity {
		r.t.form = formPending
	}
	err := in.setAdd(r, k)
	r.t.entries = append(r.t.entries, entry{key: frozenMark})
	return err
}

// setDifference is set_difference.
func (in *Interp) setDifference(s *Set, other Value) (*Set, error) {
	if err := in.setReady(s); err != nil {
		return nil, err
	}
	var size int
	switch o := other.(type) {
	case *Set:
		if err := in.setReady(o); err != nil {
			return nil, err
		}
		size = o.t.live
	case *Dict:
		size = o.t.live
	default:
		return in.setCopyAndDifference(s, other)
	}
	if s.t.live>>2 > size {
		return in.setCopyAndDifference(s, other)
	}
	r, err := in.setResult(s, nil)
	if err != nil {
		return nil, err
	}
	for _, k := range s.t.keys() {
		var found bool
		if o, ok := asSet(other); ok {
			found, err = in.setHas(o, k)
		} else {
			_, found, err = other.(*Dict).t.get(k)
		}
		if err != nil {
			return nil, err
		}
		if !found {
			if err := in.setAddKeep(r, k); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

func (in *Interp) setCopyAndDifference(s *Set, other Value) (*Set, error) {
	r, err := in.newSetOf(s, false)
	if err != nil {
		return nil, err
	}
	if err := in.setDifferenceUpdate(r, other); err != nil {
		return nil, err
	}
	if s.t.frozen() {
		r.t.entries = append(r.t.entries, entry{key: frozenMark})
	}
	return r, nil
}

// setDifferenceUpdate is set_difference_update_internal.
func (in *Interp) setDifferenceUpdate(s *Set, other Value) error {
	if other == Value(s) {
		s.clear()
		return nil
	}
	var keys []Value
	var err error
	if o, ok := asSet(other); ok {
		keys, err = in.setKeys(o)
	} else {
		keys, err = in.iterate(other)
	}
	if err != nil {
		return err
	}
	for _, k := range keys {
		if _, err := in.setRemove(s, k); err != nil {
			return err
		}
	}
	return nil
}

// setSymmetricDifferenceUpdate is set_symmetric_difference_update.
func (in *Interp) setSymmetricDifferenceUpdate(s *Set, other Value) error {
	if other == Value(s) {
		s.clear()
		return nil
	}
	o, ok := asSet(other)
	if !ok {
		var err error
		if o, err = in.newSetOf(other, false); err != nil {
			return err
		}
	}
	keys, err := in.setKeys(o)
	if err != nil {
		return err
	}
	for _, k := range keys {
		gone, err := in.setRemove(s, k)
		if err != nil {
			return err
		}
		if !gone {
			if err := in.setAddKeep(s, k); err != nil {
				return err
			}
		}
	}
	return nil
}

// setSymmetricDifference is set_symmetric_difference: a copy of the other
// operand, updated with this one.
func (in *Interp) setSymmetricDifference(s *Set, other Value) (*Set, error) {
	r, err := in.newSetOf(other, false)
	if err != nil {
		return nil, err
	}
	if err := in.setSymmetricDifferenceUpdate(r, s); err != nil {
		return nil, err
	}
	if s.t.frozen() {
		r.t.entries = append(r.t.entries, entry{key: frozenMark})
	}
	return r, nil
}

// setUnion is set_union / set_or: a copy merged with each other operand.
func (in *Interp) setUnion(s *Set, others []Value) (*Set, error) {
	r, err := in.newSetOf(s, false)
	if err != nil {
		return nil, err
	}
	for _, o := range others {
		if o == Value(s) {
			continue
		}
		if err := in.setUpdateFrom(r, o); err != nil {
			return nil, err
		}
	}
	if s.t.frozen() {
		r.t.entries = append(r.t.entries, entry{key: frozenMark})
	}
	return r, nil
}

// setIsSubset is set_issubset.
func (in *Interp) setIsSubset(s *Set, other Value) (bool, error) {
	o, ok := asSet(other)
	if !ok {
		var err error
		if o, err = in.newSetOf(other, false); err != nil {
			return false, err
		}
	}
	keys, err := in.setKeys(s)
	if err != nil {
		return false, err
	}
	if err := in.setReady(o); err != nil {
		return false, err
	}
	if len(keys) > o.t.live {
		return false, nil
	}
	for _, k := range keys {
		ok, err := in.setHas(o, k)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

// setBinary is the operators | & - ^ and their in-place forms (set_or,
// set_ior, ...); both operands are sets or frozensets.
func (in *Interp) setBinary(op binop, x, y *Set, inplace bool) (Value, error) {
	if inplace && !x.t.frozen() {
		var err error
		switch op {
		case opOr:
			err = in.setUpdateFrom(x, y)
		case opSub:
			err = in.setDifferenceUpdate(x, y)
		case opXor:
			err = in.setSymmetricDifferenceUpdate(x, y)
		case opAnd:
			var r *Set
			if r, err = in.setIntersection(x, y); err == nil {
				in.setSwapBodies(x, r)
			}
		default:
			return nil, errUnsupportedOp
		}
		return x, err
	}
	switch op {
	case opOr:
		return in.setUnion(x, []Value{y})
	case opAnd:
		return in.setIntersection(x, y)
	case opSub:
		return in.setDifference(x, y)
	case opXor:
		return in.setSymmetricDifference(x, y)
	}
	return nil, errUnsupportedOp
}

// setSwapBodies gives s the table of r (set_swap_bodies, for
// intersection_update).
func (in *Interp) setSwapBodies(s, r *Set) {
	v := s.t.version + 1
	s.t = r.t
	s.t.version = v
}

// setEq is == between sets and frozensets (set_richcompare).
func (in *Interp) setEq(x, y *Set) (bool, error) {
	if err := in.setReady(x); err != nil {
		return false, err
	}
	if err := in.setReady(y); err != nil {
		return false, err
	}
	if x.t.live != y.t.live {
		return false, nil
	}
	return in.setIsSubset(x, y)
}

// setOrder is < <= > >= between sets: subset tests.
func (in *Interp) setOrder(op cmpop, x, y *Set) (Value, error) {
	if op == cmpGt || op == cmpGe {
		x, y = y, x
	}
	sub, err := in.setIsSubset(x, y)
	if err != nil || !sub {
		return falseV, err
	}
	if op == cmpLt || op == cmpGt {
		eq, err := in.setEq(x, y)
		return mkBool(!eq), err
	}
	return trueV, nil
}

// setRepr is set_repr: set() / {…} / frozenset({…}).
func (in *Interp) setRepr(s *Set) (string, error) {
	keys, err := in.setKeys(s)
	if err != nil {
		return "", err
	}
	frozen := s.t.frozen()
	if len(keys) == 0 {
		if frozen {
			return "frozenset()", nil
		}
		return "set()", nil
	}
	r, err := in.seqRepr("{", "}", keys, s)
	if frozen && err == nil && r != "{...}" {
		r = "frozenset(" + r + ")"
	}
	return r, err
}

func ctorSet(frozen bool) func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
	name := "set"
	if frozen {
		name = "frozenset"
	}
	return func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return nil, newTypeError("%s() takes no keyword arguments", name)
		}
		if err := checkArgs(name, args, nil, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return in.newSetOf(nil, frozen)
		}
		if s, ok := args[0].(*Set); ok && frozen && s.t.frozen() {
			return s, nil
		}
		return in.newSetOf(args[0], frozen)
	}
}

func initSetMethods() {
	setClass.ctor = ctorSet(false)
	frozensetClass.ctor = ctorSet(true)
	for _, c := range []*Class{setClass, frozensetClass} {
		initSetQueries(c)
	}
	c := setClass
	method(c, "add", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		return None, in.setAdd(self.(*Set), args[0])
	})
	method(c, "discard", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		_, err := in.setRemove(self.(*Set), args[0])
		return None, err
	})
	method(c, "remove", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		ok, err := in.setRemove(self.(*Set), args[0])
		if err == nil && !ok {
			err = &PyError{newExc(keyErrorClass, args[0])}
		}
		return None, err
	})
	method(c, "pop", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		return in.setPop(self.(*Set))
	})
	method(c, "clear", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		self.(*Set).clear()
		return None, nil
	})
	method(c, "update", 0, -1, func(in *Interp, self Value, args []Value) (Value, error) {
		for _, o := range args {
			if err := in.setUpdateFrom(self.(*Set), o); err != nil {
				return nil, err
			}
		}
		return None, nil
	})
	method(c, "difference_update", 0, -1, func(in *Interp, self Value, args []Value) (Value, error) {
		for _, o := range args {
			if err := in.setDifferenceUpdate(self.(*Set), o); err != nil {
				return nil, err
			}
		}
		return None, nil
	})
	method(c, "symmetric_difference_update", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		return None, in.setSymmetricDifferenceUpdate(self.(*Set), args[0])
	})
	method(c, "intersection_update", 0, -1, func(in *Interp, self Value, args []Value) (Value, error) {
		s := self.(*Set)
		r, err := in.setIntersectionMulti(s, args)
		if err == nil {
			in.setSwapBodies(s, r)
		}
		return None, err
	})
}

// setIntersectionMulti is set_intersection_multi.
func (in *Interp) setIntersectionMulti(s *Set, others []Value) (*Set, error) {
	if len(others) == 0 {
		return in.setCopy(s)
	}
	r := s
	for _, o := range others {
		var err error
		if r, err = in.setIntersection(r, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// initSetQueries adds the methods set and frozenset share.
func initSetQueries(c *Class) {
	method(c, "copy", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		s := self.(*Set)
		if s.t.frozen() {
			return s, nil
		}
		return in.setCopy(s)
	})
	method(c, "union", 0, -1, func(in *Interp, self Value, args []Value) (Value, error) {
		return in.setUnion(self.(*Set), args)
	})
	method(c, "intersection", 0, -1, func(in *Interp, self Value, args []Value) (Value, error) {
		return in.setIntersectionMulti(self.(*Set), args)
	})
	method(c, "difference", 0, -1, func(in *Interp, self Value, args []Value) (Value, error) {
		s := self.(*Set)
		if len(args) == 0 {
			return in.setCopy(s)
		}
		r, err := in.setDifference(s, args[0])
		for _, o := range args[1:] {
			if err == nil {
				err = in.setDifferenceUpdate(r, o)
			}
		}
		return r, err
	})
	method(c, "symmetric_difference", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		return in.setSymmetricDifference(self.(*Set), args[0])
	})
	method(c, "issubset", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		ok, err := in.setIsSubset(self.(*Set), args[0])
		return mkBool(ok), err
	})
	method(c, "issuperset", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		s := self.(*Set)
		if o, ok := asSet(args[0]); ok {
			r, err := in.setIsSubset(o, s)
			return mkBool(r), err
		}
		vs, err := in.iterate(args[0])
		if err != nil {
			return nil, err
		}
		for _, v := range vs {
			if ok, err := in.setHas(s, v); err != nil || !ok {
				return falseV, err
			}
		}
		return trueV, nil
	})
	method(c, "isdisjoint", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		s := self.(*Set)
		vs, err := in.iterate(args[0])
		if err != nil {
			return nil, err
		}
		for _, v := range vs {
			if ok, err := in.setHas(s, v); err != nil || ok {
				return mkBool(!ok), err
			}
		}
		return trueV, nil
	})
	method(c, "__len__", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		n, err := in.length(self)
		return mkInt(int64(n)), err
	})
	method(c, "__contains__", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		ok, err := in.setHas(self.(*Set), args[0])
		return mkBool(ok), err
	})
}
