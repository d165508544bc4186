// This file gives a Clone some of its allocations in slabs: the copies of
// classes (with their dictionaries) and modules, and the classes' MRO
// arrays, come out of arrays as large as the last fork of the same process
// needed, instead of one allocation each. A piece of an array is handed
// out with no room past its end, so an append moves it out of the slab,
// as it would move any full slice.
//
// Only these: an array lives, and the collector scans all of it, while any
// piece of it is alive, so a dead piece keeps alive everything it points
// at. Classes and modules live as long as the program; the dictionaries,
// instances and entries a child copies are often dropped (multiprocessing's
// child empties _children, dropping its copy of every earlier Process),
// and in shared arrays they kept all of that alive: a live multiprocessing
// child grew from 49 to 205 KiB with 200 of them, even in arrays of eight.

package pyvm

// cloneSlabs hands out the pieces. Each slab's next array is as large as
// the last Clone of the same process used, less what this one has taken
// already: a fork like the last one makes one array of each kind.
type cloneSlabs struct {
	classes   slab[classCopy]
	modules   slab[Module]
	classPtrs slab[*Class]
}

// slabSizes is how much of each kind a Clone took, the next one's hint.
type slabSizes struct {
	classes, modules, classPtrs int
}

func (s *cloneSlabs) sizes() slabSizes {
	return slabSizes{s.classes.used, s.modules.used, s.classPtrs.used}
}

func (s *cloneSlabs) setHint(h slabSizes) {
	s.classes.hint, s.modules.hint, s.classPtrs.hint = h.classes, h.modules, h.classPtrs
}

// slab is an array handed out a piece at a time. Its next array holds what
// the last Clone used, less what this one has taken (hint - used).
type slab[T any] struct {
	area       []T
	hint, used int
}

// size is the length of the next array, for a piece of need.
func (s *slab[T]) size(need, least int) int {
	return max(s.hint-s.used, least, need)
}

// one is a zeroed T.
func (s *slab[T]) one() *T {
	if len(s.area) == 0 {
		s.area = make([]T, s.size(1, 4))
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
		s.area = make([]T, s.size(n, 16))
	}
	p := s.area[:n:n]
	s.area = s.area[n:]
	s.used += n
	return p
}
