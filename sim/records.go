// The record store: the trace's records in fixed-size chunks of a packed,
// pointer-free form (16 bytes each), so that a run of millions of lines
// neither copies its whole history as it grows nor gives the garbage
// collector anything to scan in it.

package sim

import (
	"fmt"
	"iter"

	"zombielab/sim/kernel"
)

// chunkBits sets the chunk size: 1<<16 records, 1 MiB.
const chunkBits = 16

// packed is a Record in 16 bytes: the time, the reference, and the pid,
// kind and flags in one word (pids fit 22 bits: Linux's PID_MAX_LIMIT is
// 4,194,304).
type packed struct {
	time kernel.Time
	ref  int32
	word uint32 // pid<<8 | opens<<5 | step<<4 | kind
}

const (
	stepBit  = 1 << 4
	opensBit = 1 << 5
	kindMask = 0xf
	pidShift = 8
)

func pack(r Record) packed {
	if r.PID < 0 || r.PID >= 1<<22 || r.Kind > kindMask {
		panic(fmt.Sprintf("sim: record %+v does not pack", r))
	}
	w := uint32(r.PID)<<pidShift | uint32(r.Kind)
	if r.Step {
		w |= stepBit
	}
	if r.Opens {
		w |= opensBit
	}
	return packed{time: r.Time, ref: r.Ref, word: w}
}

func (p packed) unpack() Record {
	return Record{
		Time: p.time, Ref: p.ref, PID: kernel.PID(p.word >> pidShift),
		Kind: RecordKind(p.word & kindMask), Step: p.word&stepBit != 0, Opens: p.word&opensBit != 0,
	}
}

// records is an append-only list of packed records in chunks.
type records struct {
	chunks [][]packed
	n      int
}

func (rs *records) append(r Record) {
	if rs.n>>chunkBits == len(rs.chunks) {
		rs.chunks = append(rs.chunks, make([]packed, 0, 1<<chunkBits))
	}
	c := &rs.chunks[len(rs.chunks)-1]
	*c = append(*c, pack(r))
	rs.n++
}

func (rs *records) at(i int) *packed { return &rs.chunks[i>>chunkBits][i&(1<<chunkBits-1)] }

// Len is the number of records so far.
func (t *Trace) Len() int { return t.recs.n }

// At returns record i (0 ≤ i < Len).
func (t *Trace) At(i int) Record { return t.recs.at(i).unpack() }

// All yields every record so far with its index, oldest first.
func (t *Trace) All() iter.Seq2[int, Record] {
	return func(yield func(int, Record) bool) {
		for i := range t.recs.n {
			if !yield(i, t.At(i)) {
				return
			}
		}
	}
}

// markStep and markOpens set a flag of a record already appended.
func (t *Trace) markStep(i int)  { t.recs.at(i).word |= stepBit }
func (t *Trace) markOpens(i int) { t.recs.at(i).word |= opensBit }
