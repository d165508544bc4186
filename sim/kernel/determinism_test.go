// Determinism: the same seed gives byte-identical event lines, natively and
// under GOOS=js GOARCH=wasm, checked against one known hash.

package kernel

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
	"testing"
)

// traceHashWant is the FNV-64a hash of the traces of seeds 0..19. It changes
// only when the kernel's behaviour or the event format changes on purpose;
// then update it here (the wasm run compares against the same constant).
const traceHashWant = "4f553820cc6b46ff"

func traceHash(seeds int) string {
	h := fnv.New64a()
	for s := range seeds {
		w := newWorkload(uint64(s))
		if err := w.run(400, func() error { return nil }); err != nil {
			panic(err)
		}
		for _, e := range w.k.Events() {
			if e.Fact() {
				continue
			}
			line := e.String()
			if strings.ContainsAny(line, "\n\r") {
				panic("event line with a line break: " + strconv.Quote(line))
			}
			fmt.Fprintln(h, line)
		}
		for _, o := range w.k.Terminal() {
			fmt.Fprintf(h, "%v %d %d %q\n", o.Time, o.PID, o.FD, o.Data)
		}
		fmt.Fprint(h, FormatPS(w.k.Snapshot()))
	}
	return fmt.Sprintf("%016x", h.Sum64())
}

func TestDeterminism(t *testing.T) {
	first, second := traceHash(20), traceHash(20)
	if first != second {
		t.Fatalf("two runs of the same seeds differ: %s vs %s", first, second)
	}
	if first != traceHashWant {
		t.Fatalf("trace hash %s, want %s (update traceHashWant only if the change is intended)", first, traceHashWant)
	}
}
