// The variables store: RecLocals payloads packed into byte chunks, most of
// them as the few values that changed since the task's previous record, so
// that a tight loop whose variables change every line costs a few bytes a
// line, not a copy of every variable.

package sim

import (
	"encoding/binary"

	"zombielab/sim/kernel"
	"zombielab/sim/pyvm"
)

// Locals is what a task's innermost frame of the program's own file holds
// at a line: the function's name ("<module>" at module level) and its
// variables with a glimpse of each value (pyvm.Interp.UserLocals). A
// RecLocals record comes just before the line record it belongs to
// (inside the line's step) whenever they differ from the task's previous
// ones; a Locals with no Func says the task has no frame of the program's
// file any more.
type Locals struct {
	Func string
	Vars []pyvm.Var
}

// sameShape says l and o name the same variables in the same frame, so
// that one can be told as the values that changed in the other.
func (l *Locals) sameShape(o *Locals) bool {
	if l.Func != o.Func || len(l.Vars) != len(o.Vars) {
		return false
	}
	for i, v := range l.Vars {
		if v.Name != o.Vars[i].Name {
			return false
		}
	}
	return true
}

const (
	localsChunk = 1 << 20 // bytes in one chunk of the store
	// localsChain bounds how many change-only entries follow a whole
	// one, so that decoding any entry reads at most that many.
	localsChain = 32
)

// localsStore packs entries. An entry is: the distance back to the task's
// previous entry (uvarint, 0: this one is whole), then, whole: the
// function's name id, the number of variables and each variable's name id
// and value; change-only: the number of changes and each change's
// position and new value. Names (of functions and variables) are interned.
type localsStore struct {
	chunks [][]byte
	offs   []uint32 // entry i: chunk<<20 | offset
	names  []string
	ids    map[string]uint64
	tasks  map[kernel.PID]*taskLocals // looked up only
	buf    []byte
}

// taskLocals is what a task's latest entry says, decoded, and where it is.
type taskLocals struct {
	entry int
	chain int // change-only entries since the last whole one
	cur   Locals
}

func (s *localsStore) name(n string) uint64 {
	id, ok := s.ids[n]
	if !ok {
		if s.ids == nil {
			s.ids = map[string]uint64{}
		}
		id = uint64(len(s.names))
		s.ids[n] = id
		s.names = append(s.names, n)
	}
	return id
}

// add stores l for task pid and returns its entry, or false when it says
// what the task's latest entry says (or nothing, for a task with none).
func (s *localsStore) add(pid kernel.PID, l Locals) (int, bool) {
	tl := s.tasks[pid]
	if tl == nil && l.Func == "" {
		return 0, false
	}
	b := s.buf[:0]
	whole := tl == nil || tl.chain >= localsChain || !l.sameShape(&tl.cur)
	if !whole {
		var changed []int
		for i, v := range l.Vars {
			if v.Value != tl.cur.Vars[i].Value {
				changed = append(changed, i)
			}
		}
		if len(changed) == 0 {
			return 0, false
		}
		b = binary.AppendUvarint(b, uint64(len(s.offs)-tl.entry))
		b = binary.AppendUvarint(b, uint64(len(changed)))
		for _, i := range changed {
			b = binary.AppendUvarint(b, uint64(i))
			b = appendString(b, l.Vars[i].Value)
		}
	} else {
		b = binary.AppendUvarint(b, 0)
		b = binary.AppendUvarint(b, s.name(l.Func))
		b = binary.AppendUvarint(b, uint64(len(l.Vars)))
		for _, v := range l.Vars {
			b = binary.AppendUvarint(b, s.name(v.Name))
			b = appendString(b, v.Value)
		}
	}
	s.buf = b
	entry := len(s.offs)
	s.offs = append(s.offs, s.put(b))
	if tl == nil {
		if s.tasks == nil {
			s.tasks = map[kernel.PID]*taskLocals{}
		}
		tl = &taskLocals{}
		s.tasks[pid] = tl
	}
	tl.entry = entry
	if whole {
		tl.chain = 0
	} else {
		tl.chain++
	}
	tl.cur.Func = l.Func
	tl.cur.Vars = append(tl.cur.Vars[:0], l.Vars...)
	return entry, true
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// put copies an entry's bytes into the current chunk (a new one when it
// does not fit) and returns its position.
func (s *localsStore) put(b []byte) uint32 {
	n := len(s.chunks)
	if n == 0 || len(s.chunks[n-1])+len(b) > localsChunk {
		s.chunks = append(s.chunks, make([]byte, 0, max(localsChunk, len(b))))
		n++
	}
	c := &s.chunks[n-1]
	off := len(*c)
	*c = append(*c, b...)
	return uint32(n-1)<<20 | uint32(off)
}

func (s *localsStore) bytes(entry int) []byte {
	o := s.offs[entry]
	return s.chunks[o>>20][o&(localsChunk-1):]
}

// get decodes entry i: the whole entry it leans on, then the changes on
// the way to i, oldest first.
func (s *localsStore) get(i int) Locals {
	var chain []int
	for {
		chain = append(chain, i)
		back, _ := binary.Uvarint(s.bytes(i))
		if back == 0 {
			break
		}
		i -= int(back)
	}
	var l Locals
	for k := len(chain) - 1; k >= 0; k-- {
		b := s.bytes(chain[k])
		_, n := binary.Uvarint(b)
		b = b[n:]
		if k == len(chain)-1 {
			fn, n := binary.Uvarint(b)
			b = b[n:]
			count, n := binary.Uvarint(b)
			b = b[n:]
			l.Func = s.names[fn]
			l.Vars = make([]pyvm.Var, count)
			for v := range l.Vars {
				id, n := binary.Uvarint(b)
				b = b[n:]
				l.Vars[v].Name = s.names[id]
				l.Vars[v].Value, b = readString(b)
			}
			continue
		}
		count, n := binary.Uvarint(b)
		b = b[n:]
		for range count {
			pos, n := binary.Uvarint(b)
			b = b[n:]
			l.Vars[pos].Value, b = readString(b)
		}
	}
	return l
}

func readString(b []byte) (string, []byte) {
	n, k := binary.Uvarint(b)
	b = b[k:]
	return string(b[:n]), b[n:]
}
