// This file implements the trace's side tables: the _children sets, roles,
// checkpoint snapshots and uncaught-exception reasons that records refer to
// by index. They are append-only like the records, and a streamed run
// (System.Forget) releases their oldest items with the records that refer
// to them, so that a run's memory does not grow with its length.

package sim

import "fmt"

// sideTable holds items by global index: items[0] is item base; the
// items before it are forgotten.
type sideTable[T any] struct {
	items []T
	base  int
}

// add appends v and returns its index.
func (s *sideTable[T]) add(v T) int32 {
	s.items = append(s.items, v)
	return int32(s.base + len(s.items) - 1)
}

// at is item i; reading a forgotten item panics with a message that says
// so (a reader that forgot the records referring to it must not ask).
func (s *sideTable[T]) at(i int32) T {
	k := int(i) - s.base
	if k < 0 {
		panic(fmt.Sprintf("sim: trace table item %d was forgotten (System.Forget)", i))
	}
	return s.items[k]
}

// all is every item kept, oldest first (shared: do not modify).
func (s *sideTable[T]) all() []T { return s.items }

// forget releases the items before index first. The slice's front is
// cleared, so what the items point at is freed at once; the array itself
// is left behind at the next growth (append copies only what is kept).
func (s *sideTable[T]) forget(first int) {
	k := min(first-s.base, len(s.items))
	if k <= 0 {
		return
	}
	clear(s.items[:k])
	s.items = s.items[k:]
	s.base += k
	if len(s.items) == 0 {
		s.items = nil // nothing kept: the old array need not wait for a growth
	}
}

// len is the number of items ever added.
func (s *sideTable[T]) len() int { return s.base + len(s.items) }
