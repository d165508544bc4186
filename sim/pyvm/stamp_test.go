package pyvm

import (
	"fmt"
	"testing"
)

// TestChildrenStamp: the stamp of multiprocessing.process._children changes
// exactly when the set gains or loses a member or another set (or module)
// takes the name, however the two dictionaries move their entries around
// it: deleted and added again, grown into a new array, compacted, or
// replaced whole.
func TestChildrenStamp(t *testing.T) {
	s := newFakeSys()
	p, err := s.spawn("prog.py", "pass\n", Config{})
	if err != nil {
		t.Fatal(err)
	}
	in := p.in
	if st := in.ChildrenStamp(); st != (SetStamp{}) {
		t.Fatalf("a stamp before multiprocessing: %+v", st)
	}
	mod := &Module{name: "multiprocessing.process", dict: newDict()}
	in.modules.setStr("multiprocessing.process", mod)
	set := newSet()
	mod.dict.setStr("_children", set)
	last := in.ChildrenStamp()
	step := func(what string, changed bool, change func()) {
		t.Helper()
		change()
		st := in.ChildrenStamp()
		if again := in.ChildrenStamp(); again != st {
			t.Fatalf("%s: two stamps in a row differ", what)
		}
		if (st != last) != changed {
			t.Errorf("%s: stamp changed %v, want %v", what, st != last, changed)
		}
		last = st
	}
	step("nothing", false, func() {})
	step("an unrelated global", false, func() { mod.dict.setStr("other", Int(1)) })
	step("a member", true, func() { _ = set.t.put(Int(1), nil) })
	step("the module's dict grows into a new array", false, func() {
		for i := range 40 {
			mod.dict.setStr(fmt.Sprintf("g%d", i), Int(i))
		}
	})
	step("sys.modules grows", false, func() {
		for i := range 40 {
			in.modules.setStr(fmt.Sprintf("m%d", i), None)
		}
	})
	set2 := newSet()
	step("another set takes the name", true, func() { mod.dict.setStr("_children", set2) })
	step("the name deleted and bound again", true, func() {
		_, _, _ = mod.dict.t.del(Str("_children"))
		mod.dict.setStr("_children", set)
	})
	step("a compaction", false, func() {
		for i := range 40 {
			_, _, _ = mod.dict.t.del(Str(fmt.Sprintf("g%d", i)))
		}
	})
	step("another module takes the name", true, func() {
		m2 := &Module{name: "multiprocessing.process", dict: newDict()}
		m2.dict.setStr("_children", set2)
		in.modules.setStr("multiprocessing.process", m2)
	})
	// A compaction that leaves another live name where _children was.
	m3 := &Module{name: "multiprocessing.process", dict: newDict()}
	for i := range 10 {
		m3.dict.setStr(fmt.Sprintf("x%d", i), Int(i))
	}
	m3.dict.setStr("_children", set)
	for i := range 40 {
		m3.dict.setStr(fmt.Sprintf("y%d", i), Int(i))
	}
	step("a module with _children behind ten names", true, func() { in.modules.setStr("multiprocessing.process", m3) })
	step("the ten names and more deleted (compaction)", false, func() {
		for i := range 10 {
			_, _, _ = m3.dict.t.del(Str(fmt.Sprintf("x%d", i)))
		}
		for i := range 20 {
			_, _, _ = m3.dict.t.del(Str(fmt.Sprintf("y%d", i)))
		}
	})
	step("the name gone", true, func() { _, _, _ = in.modules.t.del(Str("multiprocessing.process")) })
	if last != (SetStamp{}) {
		t.Errorf("a stamp without the module: %+v", last)
	}
}
