// This file implements the descriptors a class statement adds to a
// class's namespace (Objects/typeobject.c, type_new_descriptors,
// 3.8-3.13): a member_descriptor for each name in __slots__, and the
// getset_descriptors __dict__, when its instances get an attribute dict
// none of its bases gives them, and __weakref__, likewise for weak
// references. They are what C.__dict__, vars(C) and dir() list; reading
// one from an instance gives the slot's value, the instance's dict, or
// None for __weakref__ (the simulator makes no weak references).

package pyvm

import (
	"fmt"
	"sort"
)

// GetSetDescr is the __dict__ or __weakref__ entry of the class named
// owner. It never changes, so a fork shares it.
type GetSetDescr struct {
	name, owner string
	member      bool // a slot's member_descriptor
}

var (
	getSetDescrClass = builtinClass("getset_descriptor")
	memberDescrClass = builtinClass("member_descriptor")
)

func (d *GetSetDescr) repr() string {
	if d.member {
		return fmt.Sprintf("<member '%s' of '%s' objects>", d.name, d.owner)
	}
	return fmt.Sprintf("<attribute '%s' of '%s' objects>", d.name, d.owner)
}

// addInstanceDescriptors adds __dict__ and __weakref__ to the namespace of
// the new class c when type_new would: the class's __slots__ (if any)
// name them, and no base already gives its instances one.
func addInstanceDescriptors(c *Class) {
	slotted := func(n string) bool {
		if !c.declares || n == "__dict__" && c.slotDict {
			return true
		}
		for _, s := range c.slots {
			if s == n {
				return true
			}
		}
		return false
	}
	var baseDict, baseWeak, varSized bool
	for _, b := range c.bases {
		baseDict = baseDict || instancesHaveDict(b)
		baseWeak = baseWeak || b.weakrefs
		// A type whose instances vary in size (int, str, bytes, tuple)
		// cannot give them a weak reference slot.
		varSized = varSized || b.varSized()
	}
	members := append([]string(nil), c.slots...)
	sort.Strings(members)
	for _, s := range members {
		if s != "__dict__" && s != "__weakref__" {
			c.dict.setStr(s, &GetSetDescr{name: s, owner: c.name, member: true})
		}
	}
	if slotted("__dict__") && !baseDict {
		c.dict.setStr("__dict__", &GetSetDescr{name: "__dict__", owner: c.name})
	}
	if slotted("__weakref__") && !baseWeak && !varSized {
		c.dict.setStr("__weakref__", &GetSetDescr{name: "__weakref__", owner: c.name})
		c.weakrefs = true
	}
	for _, b := range c.bases {
		c.weakrefs = c.weakrefs || b.weakrefs
	}
}

// instancesHaveDict: instances of c have an attribute dict (a user class
// whose slots do not forbid one, an exception class).
func instancesHaveDict(c *Class) bool {
	if c.builtin {
		return isExcClass(c)
	}
	return !c.restricts
}

// varSized reports a builtin class, or a class derived from one, whose
// instances vary in size (CPython's tp_itemsize != 0).
func (c *Class) varSized() bool {
	for _, k := range c.mro {
		switch k {
		case intClass, strClass, bytesClass, tupleClass:
			return true
		}
	}
	return false
}
