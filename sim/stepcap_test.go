// This file tests that the step cap bounds work, not only lines: a line
// that does huge native work, in any process, ends the run at the cap.

package sim

import (
	"strings"
	"testing"
)

func TestStepCapCountsNativeWork(t *testing.T) {
	cases := []struct{ name, src string }{
		{"sum of a huge range", "print(sum(range(10**11)))\n"},
		{"sorted with a key in a loop", "xs = list(range(1000))\nwhile True:\n    xs = sorted(xs, key=lambda v: -v)\n"},
		// __repr__ runs as a frame (its lines count as lines); __eq__ from
		// list.count is still Python code called back from Go.
		{"a loop in __eq__", "class A:\n    def __eq__(self, o):\n        while True:\n            pass\nprint([A()].count(1))\n"},
		// itertools is served as hidden Python (a C module in CPython): its
		// instructions have no lines, so they are work too.
		{"a hidden library iterator", "import itertools\nprint(sum(itertools.count()))\n"},
		{"a hidden library iterator collected", "import itertools\nprint(len(list(itertools.cycle([1, 2]))))\n"},
		{"in a thread", "import threading\nt = threading.Thread(target=lambda: sum(range(10**11)))\nt.start()\nt.join()\n"},
		{"in a forked child", "import os\nif os.fork() == 0:\n    sum(range(10**11))\nos.wait()\n"},
		{"in a multiprocessing child", "import multiprocessing as mp\n\ndef f():\n    max(range(10**11))\n\n" +
			"if __name__ == '__main__':\n    p = mp.Process(target=f)\n    p.start()\n    p.join()\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := runSource(t, "work.py", []byte(c.src), Overrides{StepCap: 20_000})
			if got := s.Stopped(); got != ReachedCap {
				t.Fatalf("stopped: %v, want %v", got, ReachedCap)
			}
			var out strings.Builder
			lines := 0
			for i, r := range s.Trace().All() {
				switch r.Kind {
				case RecOutput:
					out.WriteString(s.Trace().Line(i))
				case RecLine:
					lines++
				}
			}
			if lines > 2_000 {
				// The lines alone would have run on to the cap.
				t.Errorf("%d lines ran before the cap: the work was not counted", lines)
			}
			if strings.Contains(out.String(), "MemoryError") {
				t.Errorf("output has a MemoryError: %s", out.String())
			}
		})
	}
}
