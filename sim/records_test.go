package sim

import (
	"testing"

	"zombielab/sim/kernel"
)

// TestAppendLineIsAppend: the packing of a line record at every line
// (appendLine) gives what packing the Record does, across chunks, and
// refuses a pid that does not fit as append does.
func TestAppendLineIsAppend(t *testing.T) {
	var viaLine, viaRecord records
	for i := range 1<<chunkBits + 10 {
		at, pid, ref := kernel.Time(i*7919), kernel.PID(i%(1<<22)), int32(i*3-5)
		viaLine.appendLine(at, pid, ref)
		viaRecord.append(Record{Kind: RecLine, Time: at, PID: pid, Ref: ref, Step: true})
	}
	if viaLine.n != viaRecord.n {
		t.Fatalf("%d records against %d", viaLine.n, viaRecord.n)
	}
	for i := range viaLine.n {
		if a, b := *viaLine.at(i), *viaRecord.at(i); a != b {
			t.Fatalf("record %d: %+v, want %+v", i, a.unpack(), b.unpack())
		}
	}
	for _, pid := range []kernel.PID{-1, 1 << 22} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("pid %d was packed", pid)
				}
			}()
			viaLine.appendLine(0, pid, 0)
		}()
	}
}
