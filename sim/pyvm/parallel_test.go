package pyvm

import "testing"

// TestParallelInterpreters runs interpreters in several goroutines at once,
// as parallel tests and a server do. Package-level code (the prelude, the
// finalizer's, os.exec's) is shared by all of them and must not be
// written to: .ci/run runs this test under the race detector, which
// reported the name caches of the prelude's code before they were turned
// off for global code (markGlobal).
func TestParallelInterpreters(t *testing.T) {
	src := `import os
evens = list(filter(lambda n: n % 2 == 0, range(10)))
total = 0
for n in evens:
    total += n
print(total, sorted(evens, reverse=True))
`
	// A channel, not sync (TestSimImportRules).
	outs := make(chan string)
	const n = 4
	for range n {
		go func() {
			s := newFakeSys()
			p, err := s.spawn("par.py", src, Config{})
			if err != nil {
				outs <- err.Error()
				return
			}
			for i := 0; i < 10000 && p.in.Run(0) == StopLine; i++ {
			}
			outs <- s.out.String()
		}()
	}
	for range n {
		if out := <-outs; out != "20 [8, 6, 4, 2, 0]\n" {
			t.Errorf("an interpreter printed %q", out)
		}
	}
}
