package pyvm

import (
	"fmt"
	"testing"
)

// TestTableAgainstMap drives a table through long runs of adds, replaces,
// deletes (with the compactions they cause) and clears, with str keys and
// others, across smallTable in both directions, and checks every key
// against a Go map after each step: a small table finds str keys by a scan,
// a larger one through sidx, built when it outgrows smallTable.
func TestTableAgainstMap(t *testing.T) {
	for _, tc := range []struct {
		name  string
		keys  int // distinct keys drawn from
		steps int
		seed  uint64
	}{
		{"few keys", 6, 2000, 1},
		{"around the threshold", smallTable + 3, 4000, 2},
		{"many keys", 60, 6000, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var tb table
			want := map[string]int{}
			rng := tc.seed
			next := func(n int) int {
				rng = rng*6364136223846793005 + 1442695040888963407
				return int(rng>>33) % n
			}
			key := func(i int) Value {
				if i%5 == 4 {
					return Int(i) // a key hashed as an int, not a str
				}
				return Str(fmt.Sprintf("k%d", i))
			}
			name := func(k Value) string { return fmt.Sprint(k) }
			for step := range tc.steps {
				k := key(next(tc.keys))
				switch op := next(20); {
				case op < 11:
					if err := tb.put(k, Int(step)); err != nil {
						t.Fatal(err)
					}
					want[name(k)] = step
				case op < 19:
					_, ok, err := tb.del(k)
					if err != nil {
						t.Fatal(err)
					}
					if _, had := want[name(k)]; ok != had {
						t.Fatalf("step %d: del(%v) found %v, want %v", step, k, ok, had)
					}
					delete(want, name(k))
				default:
					if next(10) == 0 {
						tb.clear()
						clear(want)
					}
				}
				if tb.live != len(want) {
					t.Fatalf("step %d: %d live keys, want %d", step, tb.live, len(want))
				}
				if tb.sidx != nil && len(tb.entries) <= smallTable && len(want) == 0 {
					t.Fatalf("step %d: an empty small table kept an index", step)
				}
				for i := range tc.keys {
					k := key(i)
					v, ok, err := tb.get(k)
					if err != nil {
						t.Fatal(err)
					}
					w, had := want[name(k)]
					if ok != had || ok && v != Int(w) {
						t.Fatalf("step %d: get(%v) = %v, %v; want %v, %v (entries %d, index %v)", step, k, v, ok, w, had, len(tb.entries), tb.sidx != nil)
					}
				}
			}
		})
	}
}

// TestSmallDictsAcrossFork: a child and its parent each grow their copy of
// a small dictionary past smallTable, and each sees only its own keys.
func TestSmallDictsAcrossFork(t *testing.T) {
	src := `d = {'a': 1, 'b': 2}
big = {'k%d' % i: i for i in range(12)}
pass
`
	parent := atLine(t, src, 3)
	c := parent.Clone()
	pd, cd := globalOf(parent, "d").(*Dict), globalOf(c, "d").(*Dict)
	for i := range 2 * smallTable {
		pd.setStr(fmt.Sprintf("p%d", i), Int(i))
		cd.setStr(fmt.Sprintf("c%d", i), Int(i))
	}
	// A table large enough for an index shares it with its copy until
	// either side changes its keys.
	pb, cb := globalOf(parent, "big").(*Dict), globalOf(c, "big").(*Dict)
	if pb.t.sidx == nil {
		t.Fatal("a 12-key dict has no index")
	}
	if _, _, err := pb.t.del(Str("k3")); err != nil {
		t.Fatal(err)
	}
	cb.setStr("new", Int(1))
	if _, ok := cb.getStr("k3"); !ok {
		t.Error("a key the parent deleted after the fork is gone from the child")
	}
	if _, ok := pb.getStr("new"); ok {
		t.Error("the parent sees a key the child added")
	}
	for _, side := range []struct {
		d          *Dict
		own, other string
	}{{pd, "p", "c"}, {cd, "c", "p"}} {
		if v, ok := side.d.getStr("b"); !ok || v != Int(2) {
			t.Errorf("%s side lost a key from before the fork", side.own)
		}
		for i := range 2 * smallTable {
			if v, ok := side.d.getStr(fmt.Sprintf("%s%d", side.own, i)); !ok || v != Int(i) {
				t.Errorf("%s side: its own key %d is missing", side.own, i)
			}
			if _, ok := side.d.getStr(fmt.Sprintf("%s%d", side.other, i)); ok {
				t.Errorf("%s side sees the other side's key %d", side.own, i)
			}
		}
	}
}

// TestNameSlotAcrossTables: one instruction's slot serves whichever table
// it looks in: it is used where the entry at its place holds the name, and
// is never wrong where another table holds other keys there, or where the
// entry lost its key.
func TestNameSlotAcrossTables(t *testing.T) {
	mk := func(kv ...any) *Dict {
		d := newDict()
		for i := 0; i < len(kv); i += 2 {
			d.setStr(kv[i].(string), kv[i+1].(Value))
		}
		return d
	}
	d1 := mk("a", Int(1), "b", Int(2))
	d2 := mk("b", Int(3), "a", Int(4))
	big := mk("x0", Int(0), "x1", Int(1), "x2", Int(2), "x3", Int(3), "x4", Int(4), "x5", Int(5), "x6", Int(6), "x7", Int(7), "x8", Int(8), "a", Int(9))
	var s nameSlot
	for round := range 3 {
		for _, c := range []struct {
			d    *Dict
			want Value
		}{{d1, Int(1)}, {d2, Int(4)}, {big, Int(9)}, {d1, Int(1)}} {
			if v, ok := c.d.getStrAt("a", &s); !ok || v != c.want {
				t.Fatalf("round %d: a = %v, %v; want %v", round, v, ok, c.want)
			}
			if _, ok := c.d.getStrAt("zz", &s); ok {
				t.Fatalf("round %d: found a key no table holds", round)
			}
		}
		// The slot's place in d1 loses its key, then holds another.
		_, _, _ = d1.t.del(Str("a"))
		d1.setStrAt("a", Int(1), &s)
	}
}
