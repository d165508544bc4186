// This file implements dict views (Objects/dictobject.c, dictview_* and
// dictviews_*; CPython 3.8–3.13): dict.keys(), .values() and .items() are
// live views of their dict, printed as dict_keys([...]) and friends, with
// len(), iteration (a dict that changes size meanwhile is the usual
// RuntimeError), `in`, reversed() (3.8), .mapping (3.10), and for keys and
// items the set operators and comparisons, whose results are sets.
// OrderedDict's views are odict_keys, odict_values and odict_items, their
// subclasses.

package pyvm

import "strings"

// DictView is a view of d: keys, values or items (by kind).
type DictView struct {
	d    *Dict
	kind iterKind // iterKeys, iterVals or iterItems
	cls  *Class
}

var (
	dictKeysClass   = builtinClass("dict_keys")
	dictValuesClass = builtinClass("dict_values")
	dictItemsClass  = builtinClass("dict_items")
	odictKeysClass  = builtinClassOf("odict_keys", dictKeysClass)
	odictValsClass  = builtinClassOf("odict_values", dictValuesClass)
	odictItemsClass = builtinClassOf("odict_items", dictItemsClass)
)

// newDictView is the view of d of the kind given; ordered: OrderedDict's.
func newDictView(d *Dict, kind iterKind, ordered bool) *DictView {
	cls := [...]*Class{iterKeys: dictKeysClass, iterVals: dictValuesClass, iterItems: dictItemsClass}[kind]
	if ordered {
		cls = [...]*Class{iterKeys: odictKeysClass, iterVals: odictValsClass, iterItems: odictItemsClass}[kind]
	}
	return &DictView{d: d, kind: kind, cls: cls}
}

// setLike reports a view whose operators are a set's (keys and items).
func (v *DictView) setLike() bool { return v.kind != iterVals }

func (in *Interp) viewIter(v *DictView) (Value, error) {
	if err := in.dictReady(v.d); err != nil {
		return nil, err
	}
	return &Iter{kind: v.kind, src: v.d, n: int64(v.d.t.live)}, nil
}

// viewItems is the view's current values, in the dict's order.
func (in *Interp) viewItems(v *DictView) ([]Value, error) {
	if err := in.dictReady(v.d); err != nil {
		return nil, err
	}
	return v.values(v.d.t.live), nil
}

// values is up to limit of the view's values as its dict holds them now
// (the variables panel's glimpse reads them without an interpreter).
func (v *DictView) values(limit int) []Value {
	out := make([]Value, 0, min(limit, v.d.t.live))
	for _, e := range v.d.t.entries {
		if len(out) >= limit {
			break
		}
		if !e.live() || isSentinel(e.key) {
			continue
		}
		switch v.kind {
		case iterKeys:
			out = append(out, e.key)
		case iterVals:
			out = append(out, e.val)
		default:
			out = append(out, newTuple([]Value{e.key, e.val}))
		}
	}
	return out
}

// viewContains is `x in view`: a key lookup, an item's key and then its
// value compared, or a scan of the values.
func (in *Interp) viewContains(v *DictView, x Value) (bool, error) {
	switch v.kind {
	case iterKeys:
		return in.contains(v.d, x)
	case iterItems:
		t, ok := x.(*Tuple)
		if !ok || len(t.items) != 2 {
			return false, nil
		}
		val, found, err := in.dictLookup(v.d, t.items[0])
		if err != nil || !found {
			return false, err
		}
		return in.eq(val, t.items[1])
	}
	vals, err := in.viewItems(v)
	if err != nil {
		return false, err
	}
	return in.seqContains(vals, x)
}

// viewRepr is dictview_repr: the type's name and a list of the items.
func (in *Interp) viewRepr(v *DictView) (string, error) {
	items, err := in.viewItems(v)
	if err != nil {
		return "", err
	}
	parts := make([]string, len(items))
	for i, it := range items {
		if parts[i], err = in.repr(it); err != nil {
			return "", err
		}
	}
	return v.cls.name + "([" + strings.Join(parts, ", ") + "])", nil
}

// viewSet is a keys or items view, or any other iterable, as a new set
// (the left operand of dictviews_sub and friends is copied into a set).
func (in *Interp) viewSet(x Value) (*Set, error) {
	if s, ok := x.(*Set); ok {
		return s, nil
	}
	if v, ok := x.(*DictView); ok {
		items, err := in.viewItems(v)
		if err != nil {
			return nil, err
		}
		x = newTuple(items)
	}
	s := newSet()
	return s, in.setUpdateFrom(s, x)
}

// viewBinary is & | - ^ with a keys or items view on either side and any
// iterable on the other: the result is a set (dictviews_and, _or, _sub,
// _xor). ok is false when neither operand is such a view.
func (in *Interp) viewBinary(op binop, a, b Value) (Value, bool, error) {
	if op != opAnd && op != opOr && op != opSub && op != opXor {
		return nil, false, nil
	}
	va, aView := a.(*DictView)
	vb, bView := b.(*DictView)
	if !(aView && va.setLike() || bView && vb.setLike()) {
		return nil, false, nil
	}
	x, err := in.viewSet(a)
	if err != nil {
		return nil, true, err
	}
	if x == a {
		// A set on the left: set's own operator refuses a view, the
		// view's reflected one copies the set.
		c := newSet()
		if err := in.setUpdateFrom(c, x); err != nil {
			return nil, true, err
		}
		x = c
	}
	y, err := in.viewSet(b)
	if err != nil {
		return nil, true, err
	}
	r, err := in.setBinary(op, x, y, false)
	return r, true, err
}

// viewCompare is == != < <= > >= with a keys or items view: as sets, when
// the other operand is a set, a frozenset or such a view (dictview_richcompare);
// a values view is equal only to itself. ok is false for other operands.
func (in *Interp) viewCompare(op cmpop, a, b Value) (Value, bool, error) {
	va, aView := a.(*DictView)
	vb, bView := b.(*DictView)
	if !aView && !bView {
		return nil, false, nil
	}
	setLike := func(x Value) bool {
		switch y := x.(type) {
		case *Set:
			return true
		case *DictView:
			return y.setLike()
		}
		return false
	}
	if aView && !va.setLike() || bView && !vb.setLike() || !setLike(a) || !setLike(b) {
		switch op {
		case cmpEq:
			return mkBool(a == b), true, nil
		case cmpNe:
			return mkBool(a != b), true, nil
		}
		return nil, false, nil
	}
	x, err := in.viewSet(a)
	if err != nil {
		return nil, true, err
	}
	y, err := in.viewSet(b)
	if err != nil {
		return nil, true, err
	}
	switch op {
	case cmpEq, cmpNe:
		eq, err := in.setEq(x, y)
		return mkBool(eq == (op == cmpEq)), true, err
	}
	r, err := in.setOrder(op, x, y)
	return r, true, err
}

// initDictViews adds the views' methods: isdisjoint, and mapping (3.10).
func initDictViews() {
	for _, c := range []*Class{dictKeysClass, dictValuesClass, dictItemsClass} {
		c.dict.setStr("__hash__", None)
	}
	for _, c := range []*Class{dictKeysClass, dictItemsClass} {
		method(c, "isdisjoint", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
			items, err := in.viewItems(self.(*DictView))
			if err != nil {
				return nil, err
			}
			other, err := in.iterate(args[0])
			if err != nil {
				return nil, err
			}
			for _, o := range other {
				for _, it := range items {
					eq, err := in.eq(it, o)
					if err != nil {
						return nil, err
					}
					if eq {
						return falseV, nil
					}
				}
			}
			return trueV, nil
		})
	}
}

// viewAttr is a view's attribute mapping (3.10): a read-only proxy of
// its dict.
func (in *Interp) viewAttr(v *DictView, name string) (Value, bool) {
	if name == "mapping" && in.cfg.Version.AtLeast(3, 10) {
		return &MappingProxy{d: v.d}, true
	}
	return nil, false
}
