// This file checks determinism: the same program gives byte-identical
// output and the same sequence of steps on every run, and a clone replays
// exactly what the original does from the point of the copy.

package pyvm

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// trace runs every process of a program line by line, recording each step.
func trace(t *testing.T, src string) string {
	s := newFakeSys()
	if _, err := s.spawn("prog.py", src, Config{}); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for step := 0; step < 100000; step++ {
		progress, alive := false, false
		for _, pid := range s.pids() {
			p := s.procs[pid]
			if p.state != psRunning {
				continue
			}
			alive = true
			st := p.in.Run(1000)
			if st != StopBlocked {
				progress = true
			}
			if st == StopLine {
				fs := p.in.Frames()
				fmt.Fprintf(&b, "%d %s:%d\n", pid, fs[len(fs)-1].Func, fs[len(fs)-1].Line)
			}
		}
		if !alive {
			return b.String() + s.out.String()
		}
		if !progress && !s.advanceClock() {
			t.Fatal("deadlock")
		}
	}
	t.Fatal("did not finish")
	return ""
}

func TestDeterministic(t *testing.T) {
	for _, name := range []string{"mp_like", "fork_mid_expression", "signal_handler"} {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile("testdata/programs/" + name + ".py")
			if err != nil {
				t.Fatal(err)
			}
			a, b := trace(t, string(src)), trace(t, string(src))
			if a != b {
				t.Error("two runs of the same program differ")
			}
		})
	}
}

// TestCloneReplays runs a clone and the original side by side from the
// same point: they must take exactly the same steps and print the same.
func TestCloneReplays(t *testing.T) {
	src := "d = {}\nfor i in range(5):\n    d[i] = [i] * i\n    print(i, sum(d[i]), sorted(d))\n"
	sa := newFakeSys()
	pa, err := sa.spawn("prog.py", src, Config{})
	if err != nil {
		t.Fatal(err)
	}
	runToLine(t, pa.in, 3)
	pa.in.Run(0)
	sb := newFakeSys()
	pb := sb.newProc(1)
	pb.in = pa.in.Clone()
	pb.in.SetHost(pb)
	for i := 0; i < 1000; i++ {
		x, y := pa.in.Run(0), pb.in.Run(0)
		if x != y {
			t.Fatalf("step %d: %v vs %v", i, x, y)
		}
		if x == StopExited {
			break
		}
		if fmt.Sprint(pa.in.Frames()) != fmt.Sprint(pb.in.Frames()) {
			t.Fatalf("step %d: frames differ", i)
		}
	}
	if sa.stdout.String() != sb.stdout.String() || sa.stdout.String() == "" {
		t.Errorf("outputs differ:\n%s\n%s", sa.stdout.String(), sb.stdout.String())
	}
}
