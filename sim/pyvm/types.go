// This file defines the builtin types as Class objects (so type(), isinstance
// and method lookup treat builtin and user classes alike) and the MRO.

package pyvm

import (
	"maps"
	"strings"
)

var (
	objectClass    = &Class{name: "object", module: "builtins", dict: newDict(), builtin: true}
	typeClass      = builtinClass("type")
	intClass       = builtinClass("int")
	boolClass      = builtinClassOf("bool", intClass)
	floatClass     = builtinClass("float")
	strClass       = builtinClass("str")
	bytesClass     = builtinClass("bytes")
	listClass      = builtinClass("list")
	tupleClass     = builtinClass("tuple")
	dictClass      = builtinClass("dict")
	setClass       = builtinClass("set")
	noneClass      = builtinClass("NoneType")
	rangeClass     = builtinClass("range")
	sliceClass     = builtinClass("slice")
	functionClass  = builtinClass("function")
	builtinFnClass = builtinClass("builtin_function_or_method")
	methodClass    = builtinClass("method")
	moduleClass    = builtinClass("module")
	propertyClass  = builtinClass("property")
	staticClass    = builtinClass("staticmethod")
	classmethClass = builtinClass("classmethod")
	superClass     = builtinClass("super")
	iteratorClass  = builtinClass("iterator")
	generatorClass = builtinClass("generator")
	cellClass      = builtinClass("cell")
	codeClass      = builtinClass("code")
	ellipsisClass  = builtinClass("ellipsis")
	notImplClass   = builtinClass("NotImplementedType")
)

func init() { objectClass.mro = []*Class{objectClass} }

func builtinClass(name string) *Class { return builtinClassOf(name, objectClass) }

func builtinClassOf(name string, base *Class) *Class {
	c := &Class{name: name, module: "builtins", bases: []*Class{base}, dict: newDict(), builtin: true}
	c.mro = computeMRO(c)
	return c
}

// computeMRO is c's method resolution order, for the classes the
// simulator makes itself (single inheritance, where C3 cannot fail).
func computeMRO(c *Class) []*Class {
	mro, conflict := c3MRO(c)
	if conflict != nil {
		panic("pyvm: no MRO for builtin class " + c.name)
	}
	return mro
}

// mroError is set_mro_error's TypeError for the heads c3MRO could not
// merge, on two lines before 3.13.
func mroError(conflict []string, oneLine bool) error {
	sep := "\n"
	if oneLine {
		sep = " "
	}
	return newTypeError("Cannot create a consistent method resolution%sorder (MRO) for bases %s", sep, strings.Join(conflict, ", "))
}

// c3MRO is the C3 linearisation of c's bases (Objects/typeobject.c,
// mro_implementation and pmerge; 3.8-3.13): c, then the merge of its
// bases' MROs and its bases, each step taking the first head that is in
// no list's tail. When none is, conflict names the heads left, as
// set_mro_error does.
func c3MRO(c *Class) (mro []*Class, conflict []string) {
	if len(c.bases) == 0 {
		return []*Class{c}, nil
	}
	lists := make([][]*Class, 0, len(c.bases)+1)
	for _, b := range c.bases {
		lists = append(lists, b.mro)
	}
	lists = append(lists, c.bases)
	next := make([]int, len(lists))
	inTail := func(k *Class) bool {
		for j, l := range lists {
			for _, t := range l[min(next[j]+1, len(l)):] {
				if t == k {
					return true
				}
			}
		}
		return false
	}
	out := []*Class{c}
	for {
		var pick *Class
		left := false
		for i, l := range lists {
			if next[i] >= len(l) {
				continue
			}
			left = true
			if h := l[next[i]]; !inTail(h) {
				pick = h
				break
			}
		}
		if !left {
			return out, nil
		}
		if pick == nil {
			var names []string
			seen := map[*Class]bool{}
			for i, l := range lists {
				if next[i] < len(l) && !seen[l[next[i]]] {
					seen[l[next[i]]] = true
					names = append(names, l[next[i]].name)
				}
			}
			return nil, names
		}
		out = append(out, pick)
		for i, l := range lists {
			if next[i] < len(l) && l[next[i]] == pick {
				next[i]++
			}
		}
	}
}

// typeOf is type(v).
func typeOf(v Value) *Class {
	switch x := v.(type) {
	case *Instance:
		return x.cls
	case Int, *BigInt:
		return intClass
	case Bool:
		return boolClass
	case Str:
		return strClass
	case Float:
		return floatClass
	case NoneType:
		return noneClass
	case *List:
		return listClass
	case *Tuple:
		if x.seq != nil {
			return x.seq.cls
		}
		return tupleClass
	case *tupleGetter:
		return tupleGetterClass
	case *Dict:
		return dictClass
	case sigEnum:
		return x.class()
	case *Set:
		if x.t.frozen() {
			return frozensetClass
		}
		return setClass
	case *Class:
		if x.meta != nil {
			return x.meta
		}
		return typeClass
	case *Function:
		return functionClass
	case *Builtin:
		return builtinFnClass
	case *BoundMethod:
		if _, ok := x.fn.(*Builtin); ok {
			return builtinFnClass
		}
		return methodClass
	case *Module:
		return moduleClass
	case *Range:
		return rangeClass
	case *MappingProxy:
		return mappingProxyClass
	case *GetSetDescr:
		if x.member {
			return memberDescrClass
		}
		return getSetDescrClass
	case *Slice:
		return sliceClass
	case *Property:
		return propertyClass
	case *StaticMethod:
		return staticClass
	case *ClassMethod:
		return classmethClass
	case *Super:
		return superClass
	case *Iter:
		return iterClass(x)
	case *DictView:
		return x.cls
	case *Generator:
		if x.cls != nil {
			return x.cls
		}
		return generatorClass
	case *stream:
		return textIOClass
	case *Lock:
		return lockClass
	case *HashObj:
		return x.cls
	case *ShmMapping:
		return shmMappingClass
	case Bytes:
		return bytesClass
	case *Cell:
		return cellClass
	case *Code:
		return codeClass
	case ellipsisType:
		return ellipsisClass
	case notImplementedType:
		return notImplClass
	}
	return objectClass
}

func typeName(v Value) string {
	c := typeOf(v)
	if c.ctype {
		return c.module + "." + c.name
	}
	return c.name
}

// isInstance is isinstance(v, cls).
func isInstance(v Value, cls *Class) bool { return isSubclass(typeOf(v), cls) }

// lookup finds name in the class dicts along the MRO. A user class with
// bases remembers where it found each name, or that it found it nowhere
// (lcache), as CPython's type attribute cache does (Objects/typeobject.c,
// _PyType_Lookup, 3.8–3.13): its next lookup of the name is one map lookup
// instead of one per class of the MRO. What it remembers holds while no
// dictionary of the MRO has gained a key (the sum of their tables'
// versions, which only grow, is unchanged); a remembered place is used only
// while it still holds the name, so a deleted or moved entry is looked up
// again. Builtin classes are shared by every interpreter, in any goroutine,
// and keep no cache.
func (c *Class) lookup(name string) (Value, bool) {
	v, ok, _ := c.lookupPlaced(name)
	return v, ok
}

// lookupPlaced is lookup that also says where it found the name (for a
// user class with bases; else a hint that never matches).
func (c *Class) lookupPlaced(name string) (Value, bool, placeHint) {
	if c.builtin || len(c.mro) < 2 {
		for _, k := range c.mro {
			if v, ok := k.dict.getStr(name); ok {
				return v, true, placeHint{k: -2}
			}
		}
		return nil, false, placeHint{k: -2}
	}
	sum := c.mroVersions()
	if h, ok := c.lcache[name]; ok {
		if v, found, held := h.holds(c, sum, name); held {
			return v, found, h
		}
	}
	remember := true
	if c.lcacheShared && c.lmiss < maxSharedMisses {
		// A fork shares the cache: look without remembering (a child
		// misses only the few names its parent never looked up), until
		// misses say this side needs its own.
		c.lmiss++
		remember = false
	} else {
		switch {
		case c.lcache == nil || len(c.lcache) >= maxLookupCache:
			c.lcache, c.lcacheShared = make(map[string]placeHint, 8), false
		case c.lcacheShared:
			c.lcache, c.lcacheShared = maps.Clone(c.lcache), false
		}
	}
	h := placeHint{sum: sum, k: -1}
	var v Value
	for k, m := range c.mro {
		if i, ok := m.dict.t.strIndex(name); ok {
			h.k, h.i, v = int32(k), int32(i), m.dict.t.entries[i].val
			break
		}
	}
	if remember {
		c.lcache[name] = h
	}
	return v, h.k >= 0, h
}

// mroVersions is the sum of the versions of the MRO's dictionaries: it
// changes when any of them gains a key.
func (c *Class) mroVersions() uint64 {
	var sum uint64
	for _, k := range c.mro {
		sum += k.dict.t.version
	}
	return sum
}

// attrSlot is an attribute instruction's inline cache for the class of the
// instances it meets: the last class, and where lookup found the name in it.
// A fork's child has copies of its parent's classes, so a slot the parent
// and a child both use is missed once after the other ran (the class's own
// lcache answers then).
type attrSlot struct {
	cls *Class
	h   placeHint
	key Value // the instruction's name as a str (STORE_ATTR's new keys)
}

// lookupSite is lookup for the instruction whose slot s is (nil: none).
func (c *Class) lookupSite(name string, s *attrSlot) (Value, bool) {
	if s == nil || c.builtin || len(c.mro) < 2 {
		return c.lookup(name)
	}
	if s.cls == c {
		return c.lookupAt(name, &s.h)
	}
	v, ok, h := c.lookupPlaced(name)
	s.cls, s.h = c, h
	return v, ok
}

// placeHint is where Class.lookup found a name: the class at index k of
// the MRO (-1: none; -2: a class that keeps no places), entry i of its
// dictionary, when the MRO's versions summed to sum. A class's lcache holds
// them by name, and an instruction's slot (or a class field) one each. The
// zero hint is harmless: it says "entry 0 of the class's own dictionary",
// which is used only if that entry holds the name, and then it is the right
// answer (the class comes first in its MRO).
type placeHint struct {
	sum  uint64
	k, i int32
}

// holds reports whether h still answers a lookup of name in c, whose MRO's
// versions sum to sum, and then the answer: no key gained since (the sum),
// and a found entry still there, holding the name.
func (h placeHint) holds(c *Class, sum uint64, name string) (v Value, found, held bool) {
	switch {
	case h.sum != sum:
		return nil, false, false
	case h.k == -1:
		return nil, false, true
	case h.k >= 0 && int(h.k) < len(c.mro):
		if en := c.mro[h.k].dict.t.strEntry(int(h.i), name); en != nil {
			return en.val, true, true
		}
	}
	return nil, false, false
}

// lookupAt is lookup for a name whose place the caller keeps in h: no map
// lookup while h holds.
func (c *Class) lookupAt(name string, h *placeHint) (Value, bool) {
	if c.builtin || len(c.mro) < 2 {
		return c.lookup(name)
	}
	if v, found, held := h.holds(c, c.mroVersions(), name); held {
		return v, found
	}
	v, found, place := c.lookupPlaced(name)
	*h = place
	return v, found
}

// maxSharedMisses is how many lookups a class whose cache a fork shares
// makes without remembering them before it takes a copy of the cache. In
// the seed loop a child's classes missed about 2 names an iteration, and
// each child made itself a new cache for them, which then missed 20 more
// names its parent's cache held.
const maxSharedMisses = 8

// maxLookupCache bounds a class's cache (a program that looks up ever new
// names, with getattr, starts it again).
const maxLookupCache = 256
