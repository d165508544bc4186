// This file gives a Clone its most numerous allocations in slabs: the
// copies of dictionaries, classes, instances, modules and bound methods,
// and the entries and MRO arrays of the copies, come out of a few arrays
// sized by the last fork of the same process instead of one allocation
// each (a seed-loop fork made about 200, a quarter of an iteration's
// allocations; the collector then also looks at a few large objects
// instead of many small ones). Every piece belongs to the clone alone and
// lives as long as the clone's objects: a piece of an array is handed out
// with no room past its end, so an append moves it out of the slab, as it
// would move any full slice.

package pyvm

// cloneSlabs hands out the pieces. Each slab's next array is as large as
// the last Clone of the same process used, less what this one has taken
// already: a fork like the last one makes one array of each kind.
type cloneSlabs struct {
	dicts     slab[Dict]
	classes   slab[classCopy]
	insts     slab[Instance]
	modules   slab[Module]
	bound     slab[BoundMethod]
	classPtrs slab[*Class]
	entries   slab[entry]
}

// slabSizes is how much of each kind a Clone took, the next one's hint.
type slabSizes struct {
	dicts, classes, insts, modules, bound, classPtrs, entries int
}

func (s *cloneSlabs) sizes() slabSizes {
	return slabSizes{s.dicts.used, s.classes.used, s.insts.used, s.modules.used, s.bound.used, s.classPtrs.used, s.entries.used}
}

func (s *cloneSlabs) setHint(h slabSizes) {
	s.dicts.hint, s.classes.hint, s.insts.hint, s.modules.hint = h.dicts, h.classes, h.insts, h.modules
	s.bound.hint, s.classPtrs.hint, s.entries.hint = h.bound, h.classPtrs, h.entries
}

// slab is an array handed out a piece at a time.
type slab[T any] struct {
	area       []T
	hint, used int
}

// one is a zeroed T.
func (s *slab[T]) one() *T {
	if len(s.area) == 0 {
		s.area = make([]T, max(s.hint-s.used, 4))
	}
	p := &s.area[0]
	s.area = s.area[1:]
	s.used++
	return p
}

// many is n zeroed Ts with no room after them.
func (s *slab[T]) many(n int) []T {
	if n == 0 {
		return []T{}
	}
	if len(s.area) < n {
		s.area = make([]T, max(s.hint-s.used, n, 16))
	}
	p := s.area[:n:n]
	s.area = s.area[n:]
	s.used += n
	return p
}
