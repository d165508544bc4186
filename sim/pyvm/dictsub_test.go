// Tests of dict and list subclasses (dictsub.go, listsub.go) that CPython
// cannot record: what a fork and the pickle stand-in do with an instance,
// and what is refused. What CPython prints for them is in
// sim/pylib/testdata/use_dict_subclass.py and use_list_subclass.py.

package pyvm

import (
	"strings"
	"testing"
)

// TestDictSubclassRefusals: a dict subclass that would also be another
// builtin type is refused as CPython refuses it.
func TestDictSubclassRefusals(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"dict and list", "class X(dict, list):\n    pass\n", "TypeError: multiple bases have instance lay-out conflict"},
		{"dict and an exception", "class X(dict, ValueError):\n    pass\n", "TypeError: multiple bases have instance lay-out conflict"},
		{"object.__new__", "class D(dict):\n    pass\nobject.__new__(D)\n", "TypeError: object.__new__(D) is not safe, use D.__new__()"},
		{"dict.__new__ of a plain class", "class C:\n    pass\ndict.__new__(C)\n", "TypeError: dict.__new__(C): C is not a subtype of dict"},
		{"dict method on a non-dict", "dict.keys(5)\n", "TypeError: descriptor 'keys' for 'dict' objects doesn't apply to a 'int' object"},
		{"list and dict", "class X(list, dict):\n    pass\n", "TypeError: multiple bases have instance lay-out conflict"},
		{"object.__new__ of a list subclass", "class L(list):\n    pass\nobject.__new__(L)\n", "TypeError: object.__new__(L) is not safe, use L.__new__()"},
		{"list method on a non-list", "list.append(5, 1)\n", "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object"},
	} {
		r := runSource(t, c.src, Config{})
		if !strings.Contains(r.stderr, c.want) {
			t.Errorf("%s: stderr %q lacks %q", c.name, r.stderr, c.want)
		}
		if r.status != 1<<8 {
			t.Errorf("%s: wait status %#x, want exit 1", c.name, r.status)
		}
	}
}

// TestDictSubclassAcrossFork: the child's instance has its own items,
// attributes and class; a write on one side is not seen on the other.
func TestDictSubclassAcrossFork(t *testing.T) {
	in := atLine(t, `class D(dict):
    pass
d = D(a=[1])
d.note = 'n'
print(d)
`, 5)
	c := in.Clone()
	pd, cd := globalOf(in, "d").(*Instance), globalOf(c, "d").(*Instance)
	if pd == cd || pd.mapping == cd.mapping || pd.dict == cd.dict {
		t.Fatal("the instance, its items or its attributes are shared with the child")
	}
	if cd.cls != globalOf(c, "D") || pd.cls != globalOf(in, "D") || cd.cls == pd.cls {
		t.Fatal("the child's instance is not of the child's class")
	}
	if err := c.setItem(cd, Str("b"), Int(2)); err != nil {
		t.Fatal(err)
	}
	pa, _ := pd.mapping.getStr("a")
	ca, _ := cd.mapping.getStr("a")
	if pa == ca {
		t.Error("the list inside is shared")
	}
	if _, ok := pd.mapping.getStr("b"); ok {
		t.Error("the parent sees the child's item")
	}
	if s, _ := c.repr(cd); s != "{'a': [1], 'b': 2}" {
		t.Errorf("child's repr %s", s)
	}
}

// TestDictSubclassPickle: an instance crosses the pickle stand-in (a
// multiprocessing queue) as its class, attributes and items; a record
// naming a class that is not a dict subclass is refused.
func TestDictSubclassPickle(t *testing.T) {
	in := atLine(t, `class D(dict):
    pass
class C:
    pass
d = D(k=(1, [2]))
d.tag = 'T'
print(d)
`, 7)
	b, err := in.pickleDumps(globalOf(in, "d"))
	if err != nil {
		t.Fatal(err)
	}
	v, err := in.pickleLoads([]byte(b))
	if err != nil {
		t.Fatal(err)
	}
	x, ok := v.(*Instance)
	if !ok || x.cls != globalOf(in, "D") || x.mapping == nil {
		t.Fatalf("loads(dumps(d)) = %s", reprNoCall(v))
	}
	if s, _ := in.repr(x.mapping); s != "{'k': (1, [2])}" {
		t.Errorf("items %s", s)
	}
	if tag, _ := x.dict.getStr("tag"); tag != Str("T") {
		t.Errorf("attribute tag = %v", tag)
	}
	bad := []byte(strings.Replace(string(b), "D", "C", 1))
	if _, err := in.pickleLoads(bad); err == nil || !strings.Contains(err.Error(), "invalid dict subclass record") {
		t.Errorf("a record naming a plain class: %v", err)
	}
}

// TestListSubclassAcrossForkAndPickle: the child's instance has its own
// items and class; an instance crosses the pickle stand-in as its class,
// attributes and items.
func TestListSubclassAcrossForkAndPickle(t *testing.T) {
	in := atLine(t, `class L(list):
    pass
l = L([1, [2]])
l.note = 'n'
print(l)
`, 5)
	c := in.Clone()
	pl, cl := globalOf(in, "l").(*Instance), globalOf(c, "l").(*Instance)
	if pl == cl || pl.seq == cl.seq || pl.seq.items[1] == cl.seq.items[1] || cl.cls != globalOf(c, "L") {
		t.Fatal("the child shares the instance, its items or its class")
	}
	b, err := in.pickleDumps(pl)
	if err != nil {
		t.Fatal(err)
	}
	v, err := in.pickleLoads([]byte(b))
	if err != nil {
		t.Fatal(err)
	}
	x, ok := v.(*Instance)
	if !ok || x.cls != pl.cls || x.seq == nil {
		t.Fatalf("loads(dumps(l)) = %s", reprNoCall(v))
	}
	if s, _ := in.repr(x.seq); s != "[1, [2]]" {
		t.Errorf("items %s", s)
	}
	if note, _ := x.dict.getStr("note"); note != Str("n") {
		t.Errorf("attribute note = %v", note)
	}
}
