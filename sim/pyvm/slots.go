// This file implements __slots__ as far as a program can observe it without
// descriptors: a class whose every class but object declares __slots__
// (without "__dict__") gives its instances no attribute beyond the slots
// (Objects/typeobject.c, type_new_slots and the member descriptors). The
// slot values live in the instance dict like any attribute (hidden from
// __dict__); a class-level slot is not a member_descriptor object.

package pyvm

// initSlots reads the __slots__ of a new class.
func (c *Class) initSlots() error {
	if v, ok := c.dict.getStr("__slots__"); ok {
		names, err := slotNames(v)
		if err != nil {
			return err
		}
		c.declares = true
		for _, n := range names {
			if n == "__dict__" {
				c.slotDict = true
				continue
			}
			if _, clash := c.dict.getStr(n); clash {
				return newValueError("'%s' in __slots__ conflicts with class variable", n)
			}
			c.slots = append(c.slots, n)
		}
	}
	c.restricts = true
	for _, k := range c.mro {
		if k == objectClass || k == tupleClass && isTupleSubclass(c) || k == dictClass && isDictSubclass(c) || k == listClass && isListSubclass(c) {
			continue // tuple's, dict's and list's instances have no dict either
		}
		if k.builtin || !k.declares || k.slotDict {
			c.restricts = false
		}
	}
	return nil
}

// slotNames reads a __slots__ value: one str, or an iterable of them.
func slotNames(v Value) ([]string, error) {
	if s, ok := v.(Str); ok {
		return []string{string(s)}, nil
	}
	var items []Value
	switch x := v.(type) {
	case *Tuple:
		items = x.items
	case *List:
		items = x.items
	case *Dict:
		items = x.t.keys()
	default:
		return nil, newTypeError("'%s' object is not iterable", typeName(v))
	}
	names := make([]string, len(items))
	for i, it := range items {
		s, ok := it.(Str)
		if !ok {
			return nil, newTypeError("__slots__ items must be strings, not '%s'", typeName(it))
		}
		names[i] = string(s)
	}
	return names, nil
}

// hasSlot reports whether name is a slot of c or of a class in its MRO.
func (c *Class) hasSlot(name string) bool {
	for _, k := range c.mro {
		for _, s := range k.slots {
			if s == name {
				return true
			}
		}
	}
	return false
}

// visibleDict is an instance's __dict__: the dict itself, or, when a base
// class has slots, a copy without the slot values (which CPython keeps
// outside the dict; the copy is not live).
func (c *Class) visibleDict(d *Dict) *Dict {
	if !c.anySlots() {
		return d
	}
	out := newDict()
	for _, e := range d.t.entries {
		if s, ok := e.key.(Str); e.live() && !(ok && c.hasSlot(string(s))) {
			out.t.put(e.key, e.val)
		}
	}
	return out
}

func (c *Class) anySlots() bool {
	for _, k := range c.mro {
		if len(k.slots) > 0 {
			return true
		}
	}
	return false
}

// slotSetError is the AttributeError for an attribute an object without a
// __dict__ (a slotted instance, an int) cannot take; 3.13 explains why
// (Objects/object.c, _PyObject_GenericSetAttrWithDict).
func (in *Interp) slotSetError(x Value, name string) error {
	if in.cfg.Version.AtLeast(3, 13) {
		return raisef(attributeErrorClass, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", typeName(x), name)
	}
	return raisef(attributeErrorClass, "'%s' object has no attribute '%s'", typeName(x), name)
}
