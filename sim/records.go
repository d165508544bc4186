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
		unpackable(r)
	}
	w := uint32(r.PID)<<pidShift | uint32(r.Kind) | bit(r.Step, stepBit) | bit(r.Opens, opensBit)
	return packed{time: r.Time, ref: r.Ref, word: w}
}

func bit(b bool, v uint32) uint32 {
	if b {
		return v
	}
	return 0
}

// unpackable is pack's panic, apart so that pack is inlined.
func unpackable(r Record) { panic(fmt.Sprintf("sim: record %+v does not pack", r)) }

func (p packed) unpack() Record {
	return Record{
		Time: p.time, Ref: p.ref, PID: kernel.PID(p.word >> pidShift),
		Kind: RecordKind(p.word & kindMask), Step: p.word&stepBit != 0, Opens: p.word&opensBit != 0,
	}
}

// records is an append-only list of packed records in chunks.
type records struct {
	chunks []*chunk
	n      int
	forgot int      // chunks before this one are forgotten (nil)
	spare  []*chunk // forgotten chunks' memory, for the next ones
}

// chunk is records' unit of memory; records.n says how much of the last one
// is used.
type chunk [1 << chunkBits]packed

func (rs *records) append(r Record) {
	if rs.n>>chunkBits == len(rs.chunks) {
		rs.grow()
	}
	rs.chunks[rs.n>>chunkBits][rs.n&(1<<chunkBits-1)] = pack(r)
	rs.n++
}

// appendLine is append of a line record that is a step (Trace.addLine),
// packed without a Record: a record at every line of a run.
func (rs *records) appendLine(at kernel.Time, pid kernel.PID, ref int32) {
	if uint64(pid) >= 1<<22 {
		unpackable(Record{Kind: RecLine, Time: at, PID: pid, Ref: ref, Step: true})
	}
	if rs.n>>chunkBits == len(rs.chunks) {
		rs.grow()
	}
	rs.chunks[rs.n>>chunkBits][rs.n&(1<<chunkBits-1)] = packed{time: at, ref: ref, word: uint32(pid)<<pidShift | uint32(RecLine) | stepBit}
	rs.n++
}

func (rs *records) grow() {
	if k := len(rs.spare); k > 0 {
		rs.chunks, rs.spare = append(rs.chunks, rs.spare[k-1]), rs.spare[:k-1]
		return
	}
	rs.chunks = append(rs.chunks, new(chunk))
}

func (rs *records) at(i int) *packed { return &rs.chunks[i>>chunkBits][i&(1<<chunkBits-1)] }

// Forget says that a reader streaming the trace (the CLI's run) will read
// no record before n again: the chunks of records, and of the kernel
// events they refer to, that lie wholly before it are released and their
// memory reused, so a run's memory stays bounded however long it runs.
// The last record before n is kept (the trace looks back at it); reading a
// forgotten record panics. A trace that is played back must not forget.
func (s *System) Forget(n int) {
	rs := &s.trace.recs
	if n = min(n, rs.n) - 1; n <= 0 {
		return
	}
	if rs.forgot >= n>>chunkBits {
		return // nothing more to release (the common case: cheap)
	}
	for i := rs.forgot; i < n>>chunkBits; i++ {
		rs.spare = append(rs.spare, rs.chunks[i])
		rs.chunks[i] = nil
		rs.forgot = i + 1
	}
	// Kept records refer to events, and to items of the trace's tables,
	// at or after the first one of each they refer to; the rest of the
	// trace to ones not made yet.
	t := &s.trace
	first := s.kevents
	sets, roles, cps, reasons := t.sets.len(), t.roles.len(), t.cps.len(), t.reasons.len()
	seenEvent := false
	for i := rs.forgot << chunkBits; i < rs.n; i++ {
		r := t.At(i)
		switch {
		case refersToEvent(r.Kind):
			if !seenEvent {
				first, seenEvent = min(first, int(r.Ref)), true
			}
		case r.Kind == RecChildren:
			sets = min(sets, int(r.Ref))
		case r.Kind == RecRole:
			roles = min(roles, int(r.Ref))
		case r.Kind == RecCheckpoint:
			cps = min(cps, int(r.Ref))
		case r.Kind == RecUncaught:
			reasons = min(reasons, int(r.Ref))
		}
	}
	s.k.ForgetEvents(first)
	t.sets.forget(sets)
	t.roles.forget(roles)
	t.cps.forget(cps)
	t.reasons.forget(reasons)
}

// refersToEvent reports the record kinds whose Ref is a kernel event index.
func refersToEvent(k RecordKind) bool {
	return k == RecKernel || k == RecState || k == RecOutput
}

// Len is the number of records so far.
func (t *Trace) Len() int { return t.recs.n }

// At returns record i (0 ≤ i < Len).
func (t *Trace) At(i int) Record { return t.recs.at(i).unpack() }

// KindAt is At(i).Kind, without unpacking the rest.
func (t *Trace) KindAt(i int) RecordKind { return RecordKind(t.recs.at(i).word & kindMask) }

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
