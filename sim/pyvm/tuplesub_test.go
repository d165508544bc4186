// Tests of tuple subclasses (tuplesub.go) that CPython cannot record: what
// the simulator refuses, and what a fork and the pickle stand-in do with
// an instance. What CPython prints for them is in
// sim/pylib/testdata/use_namedtuple.py.

package pyvm

import (
	"strings"
	"testing"
)

// TestTupleSubclassRefusals: what an instance of a tuple subclass cannot
// honour here is refused with a message that says so, never answered
// wrongly.
func TestTupleSubclassRefusals(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"dunder in the body", "class E(tuple):\n    def __eq__(self, o):\n        return True\n",
			"prog.py\", line 1, in <module>|TypeError: class E: a subclass of tuple that defines __eq__ is not supported by the simulator"},
		{"dunder in a mixin", "class M:\n    def __len__(self):\n        return 0\nclass E(M, tuple):\n    __slots__ = ()\n",
			"TypeError: class E: a subclass of tuple that defines __len__ is not supported by the simulator"},
		{"dunder set later", "class P(tuple):\n    __slots__ = ()\nP.__hash__ = lambda s: 0\n",
			"prog.py\", line 3, in <module>|TypeError: class P: a subclass of tuple that defines __hash__ is not supported by the simulator"},
		{"attribute without slots", "class T(tuple):\n    pass\nt = T([1])\nt.x = 1\n",
			"TypeError: attributes of instances of tuple subclass T are not supported by the simulator (give the class __slots__ = ())"},
		{"__dict__ without slots", "class T(tuple):\n    pass\nprint(T().__dict__)\n",
			"TypeError: attributes of instances of tuple subclass T are not supported by the simulator"},
		{"two builtin bases", "class X(tuple, list):\n    pass\n", "TypeError: multiple bases have instance lay-out conflict"},
	} {
		r := runSource(t, c.src, Config{internal: true})
		for _, w := range strings.Split(c.want, "|") {
			if !strings.Contains(r.stderr, w) {
				t.Errorf("%s: stderr %q lacks %q", c.name, r.stderr, w)
			}
		}
		if r.status != 1<<8 {
			t.Errorf("%s: wait status %#x, want exit 1", c.name, r.status)
		}
	}
	// Allowed: the special methods namedtuple's template defines, and a
	// subclass's __str__, __repr__ and __init__.
	r := runSource(t, `from _zombielab import tuplegetter
class Base(tuple):
    __slots__ = ()
    x = tuplegetter(0, 'Alias for field number 0')
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    def __getnewargs__(self):
        return tuple(self)
class P(Base):
    __slots__ = ()
    def __init__(self, x, y):
        pass
    def __str__(self):
        return 'P<%s %s>' % self
    def __repr__(self):
        return 'R' + str(tuple(self))
p = P(1, 2)
print(p, repr(p), [p], '%s' % (p,), isinstance(p, tuple), p.x, P.x.__doc__)
`, Config{internal: true})
	if r.err != nil || r.stdout != "P<1 2> R(1, 2) [R(1, 2)] P<1 2> True 1 Alias for field number 0\n" {
		t.Errorf("allowed dunders: %+v", r)
	}
}

// TestTupleSubclassAcrossFork: a child's instances of a tuple subclass are
// of the child's copy of the class, so a change to the class on one side
// is not seen on the other; tuples of scalars of a subclass are copied
// (they name a class), plain ones shared.
func TestTupleSubclassAcrossFork(t *testing.T) {
	in := atLine(t, `class P(tuple):
    __slots__ = ()
p = P((1, 2))
plain = (1, 2)
print(p)
`, 5)
	c := in.Clone()
	pt, cp := globalOf(in, "p").(*Tuple), globalOf(c, "p").(*Tuple)
	if pt == cp {
		t.Fatal("the instance is shared with the child")
	}
	pc, cc := globalOf(in, "P").(*Class), globalOf(c, "P").(*Class)
	if userTupleClass(pt) != pc || userTupleClass(cp) != cc || pc == cc {
		t.Fatalf("classes: parent's instance %p of %p, child's %p of %p", userTupleClass(pt), pc, userTupleClass(cp), cc)
	}
	if globalOf(in, "plain") != globalOf(c, "plain") {
		t.Error("a plain tuple of scalars was copied")
	}
	if err := c.storeAttr(cc, "label", Str("child")); err != nil {
		t.Fatal(err)
	}
	if _, err := in.getAttr(pt, "label"); err == nil {
		t.Error("the parent's instance sees the child's class attribute")
	}
	if v, err := c.getAttr(cp, "label"); err != nil || v != Str("child") {
		t.Errorf("child: %v, %v", v, err)
	}
}

// TestTupleSubclassPickle: an instance crosses the pickle stand-in (a
// multiprocessing queue) as its class and items; a record naming a class
// that is not a tuple subclass is refused.
func TestTupleSubclassPickle(t *testing.T) {
	in := atLine(t, `class P(tuple):
    __slots__ = ()
class C:
    pass
p = P((1, [2]))
print(p)
`, 6)
	b, err := in.pickleDumps(globalOf(in, "p"))
	if err != nil {
		t.Fatal(err)
	}
	v, err := in.pickleLoads([]byte(b))
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := in.repr(v); s != "(1, [2])" || userTupleClass(v.(*Tuple)) != globalOf(in, "P") {
		t.Errorf("loads(dumps(p)) = %s", s)
	}
	bad := []byte(strings.Replace(string(b), "P", "C", 1))
	if _, err := in.pickleLoads(bad); err == nil || !strings.Contains(err.Error(), "bad tuple subclass record") {
		t.Errorf("a record naming a plain class: %v", err)
	}
}
