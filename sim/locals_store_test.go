package sim

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"zombielab/sim/kernel"
	"zombielab/sim/pyvm"
)

// TestLocalsStoreRoundTrip adds random variables for a few tasks (values
// changing, variables appearing and going, functions changing, long change
// chains) and reads every entry back as it was added.
func TestLocalsStoreRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	var s localsStore
	type added struct {
		entry int
		l     Locals
	}
	var all []added
	cur := map[kernel.PID]Locals{}
	skipped := 0
	for n := 0; n < 5000; n++ {
		pid := kernel.PID(1001 + rng.IntN(3))
		l := cur[pid]
		l.Vars = append([]pyvm.Var(nil), l.Vars...)
		switch r := rng.IntN(20); {
		case r == 0:
			l = Locals{} // no frame of the file
		case r == 1 || l.Func == "":
			l.Func = []string{"<module>", "f", "worker"}[rng.IntN(3)]
		case r == 2:
			l.Vars = append(l.Vars, pyvm.Var{Name: fmt.Sprintf("v%d", len(l.Vars)), Value: "None"})
		case r == 3 && len(l.Vars) > 0:
			l.Vars = l.Vars[:len(l.Vars)-1]
		case r < 6:
			// nothing changes
		default:
			for range 1 + rng.IntN(2) {
				if len(l.Vars) > 0 {
					k := rng.IntN(len(l.Vars))
					l.Vars[k].Value = strings.Repeat("x", rng.IntN(70)) + fmt.Sprint(n)
				}
			}
		}
		cur[pid] = l
		if e, ok := s.add(pid, l); ok {
			all = append(all, added{e, l})
		} else {
			skipped++
		}
	}
	if skipped == 0 || len(all) < 1000 {
		t.Fatalf("%d entries, %d unchanged: the test does not exercise both", len(all), skipped)
	}
	for _, a := range all {
		got := s.get(a.entry)
		if got.Func != a.l.Func || len(got.Vars) != len(a.l.Vars) || len(a.l.Vars) > 0 && !reflect.DeepEqual(got.Vars, a.l.Vars) {
			t.Fatalf("entry %d: got %+v, want %+v", a.entry, got, a.l)
		}
	}
}
