package pyvm

import (
	"fmt"
	"reflect"
	"testing"
)

// TestStackIntoMatchesAppendFrames: at every line of a program with calls,
// returns, recursion, generators, a class body, a comprehension and an
// exception unwinding frames, StackInto (which reuses what it can of the
// last stack) gives what AppendFrames computes from scratch, says
// sameCalls only when the calls are the same, and the outer frames Kept
// counts are the last line's (the trace's stack table trusts them).
func TestStackIntoMatchesAppendFrames(t *testing.T) {
	src := `def leaf(n):
    x = n + 1
    return x

def other(n):
    return n * 2

def mid(n):
    a = leaf(n)
    b = leaf(n + 1)
    return a + b

def rec(n):
    if n == 0:
        return 0
    return rec(n - 1) + 1

def gen(n):
    for i in range(n):
        yield leaf(i)

def boom():
    raise ValueError("x")

class C:
    y = mid(1)

    def m(self):
        return [leaf(i) for i in range(2)]

total = mid(2) + rec(3)
total += sum(gen(3))
try:
    boom()
except ValueError:
    total += 1
total += len(C().m())
# Two calls on one line: other's frame is leaf's, reused (newCallFrame).
total += leaf(1) + other(2)
for i in range(3):
    total += other(i) + leaf(i)

# One generator resumed under two callers at the same depth: its frame is
# the innermost each time, under other frames.
def counter():
    n = 0
    while True:
        n += 1
        yield n

g = counter()

def via_a():
    return next(g)

def via_b():
    return next(g)

total += via_a() + via_b() + via_a()
`
	s := newFakeSys()
	p, err := s.spawn("stack.py", src, Config{})
	if err != nil {
		t.Fatal(err)
	}
	in := p.in
	var c StackCache
	var last []FrameInfo
	lines, same := 0, 0
	for lines < 10000 {
		stop := in.Run(0)
		if stop != StopLine {
			break
		}
		lines++
		got, sameCalls := in.StackInto(&c)
		want := in.AppendFrames(nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("line %d: StackInto %v, AppendFrames %v", lines, got, want)
		}
		if k := c.Kept(); k > len(last) || k > len(want) || fmt.Sprint(last[:k]) != fmt.Sprint(want[:k]) {
			t.Fatalf("line %d: Kept %d, but the stack was %v and is %v", lines, k, last, want)
		}
		if sameCalls {
			same++
			if len(last) != len(want) || !reflect.DeepEqual(last[:len(last)-1], want[:len(want)-1]) ||
				last[len(last)-1].Func != want[len(want)-1].Func {
				t.Fatalf("line %d: sameCalls after %v, now %v", lines, last, want)
			}
		}
		last = append(last[:0], want...)
	}
	if lines < 40 || same == 0 || same == lines {
		t.Errorf("%d lines, %d with the same calls: the program did not run as meant", lines, same)
	}
}
