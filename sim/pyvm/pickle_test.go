// Tests of the pickle stand-in (pickle.go) from Go: loads never panics on
// any input (fuzz), and dumps of loads of a dump is the same bytes.

package pyvm

import (
	"strings"
	"testing"
)

// pickleSeeds are dumps of values that cover every record kind.
func pickleSeeds(t testing.TB) (*Interp, [][]byte) {
	s := newFakeSys()
	p, err := s.spawn("seed.py", `import time
class C:
    def m(self):
        pass
class T(tuple):
    __slots__ = ()
class D(dict):
    pass
dsub = D(k=[1])
dsub.attr = 'a'
class L(list):
    pass
lsub = L([1, (2,)])
lsub.attr = 'b'
class R(list):
    def __reduce__(self):
        return (R, (), {'s': 2}, iter(self))
rsub = R([3])
class P:
    def __reduce_ex__(self, proto):
        return (P, ())
c = C()
l = [1]
d = {'l': l, 'again': l, 'c': c, 'm': c.m}
d['self'] = d
c.back = d
values = [None, True, -3, 1.5, 'x', b'y', (1, (2,)), {1, 2}, d, time.sleep, C, len, T([l, 2]), dsub, lsub, rsub, [P(), P()], time.gmtime(0)]
from _zombielab import dumps
seeds = [dumps(v) for v in values]
while True:  # alive, between two lines, for the loads and dumps below
    pass
`, Config{internal: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.run(1000); err == nil || !strings.Contains(err.Error(), "line cap") {
		t.Fatalf("the seed program ended (%v)", err)
	}
	in := p.in
	mod, _ := in.modules.getStr("__main__")
	// Dumped by the program: a Python __reduce__ needs a running
	// interpreter.
	vals, _ := mod.(*Module).dict.getStr("seeds")
	var seeds [][]byte
	for _, v := range vals.(*List).items {
		seeds = append(seeds, []byte(v.(Bytes)))
	}
	return in, seeds
}

func TestPickleRedump(t *testing.T) {
	in, seeds := pickleSeeds(t)
	for i, b := range seeds {
		v, err := in.pickleLoads(b)
		if err != nil {
			t.Fatalf("seed %d: loads: %v", i, err)
		}
		again, err := in.pickleDumps(v)
		if err != nil || string(again) != string(b) {
			t.Errorf("seed %d: dumps(loads(b)) = %q, %v; want %q", i, again, err, b)
		}
	}
}

func FuzzPickleLoads(f *testing.F) {
	in, seeds := pickleSeeds(f)
	for _, b := range seeds {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := in.pickleLoads(data)
		if err != nil {
			if _, ok := err.(*PyError); !ok {
				t.Fatalf("loads error is not a Python exception: %v", err)
			}
			return
		}
		if _, err := in.pickleDumps(v); err != nil {
			t.Fatalf("a loaded value does not dump again: %v", err)
		}
	})
}

// TestPickleStructSeq: a struct sequence keeps its type through dumps and
// loads (structseq's __reduce__), as multiprocessing's queues need.
func TestPickleStructSeq(t *testing.T) {
	in, seeds := pickleSeeds(t)
	v, err := in.pickleLoads(seeds[len(seeds)-1])
	if err != nil {
		t.Fatal(err)
	}
	if got := typeName(v); got != "struct_time" {
		t.Fatalf("loads gives a %s, want struct_time", got)
	}
	if _, err := in.pickleLoads([]byte("q\x08time.nop\x00")); err == nil {
		t.Error("an unknown struct sequence loads without an error")
	}
}
