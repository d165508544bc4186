// What the multiprocessing model must show when run by the whole simulator:
// the seed loop's one zombie per second (and none under 3.14's forkserver),
// the frames of stepping into start(), and golden checkpoints for every
// gallery scenario under every version it is meant for, 3.14 included
// (which no machine here can run for real).

package sim

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zombielab/internal/golden"
	"zombielab/sim/checkpoint"
	"zombielab/sim/kernel"
	"zombielab/sim/scenario"
)

func zombiesUnderMain(s checkpoint.Snapshot) []string {
	var z []string
	for _, p := range s.Procs {
		if p.State == checkpoint.StateZombie && p.PPID == checkpoint.RoleMain {
			z = append(z, p.Role)
		}
	}
	return z
}

func hasRole(s checkpoint.Snapshot, role string) bool {
	for _, p := range s.Procs {
		if p.Role == role {
			return true
		}
	}
	return false
}

func TestSeedLoopOneZombieEachSecond(t *testing.T) {
	for _, v := range []Version{{Major: 3, Minor: 8}, {Major: 3, Minor: 11}, {Major: 3, Minor: 12}, {Major: 3, Minor: 13}} {
		cps := runScenario(t, "seed-loop", v, 0).Checkpoints()
		if len(cps) < 4 {
			t.Fatalf("%s: %d checkpoints, want at least 4", v, len(cps))
		}
		for i, cp := range cps[1:] {
			want := fmt.Sprintf("p%d", i+1) // a different child, so a different pid
			if z := zombiesUnderMain(cp); len(z) != 1 || z[0] != want {
				t.Errorf("%s %s: zombies under main %v, want exactly [%s]", v, cp.Label, z, want)
			}
		}
	}
}

func TestSeedLoopForkserverLeavesNoZombie(t *testing.T) {
	cps := runScenario(t, "seed-loop", Version{Major: 3, Minor: 14}, 0).Checkpoints()
	if len(cps) < 4 {
		t.Fatalf("%d checkpoints, want at least 4", len(cps))
	}
	for _, cp := range cps[1:] {
		if z := zombiesUnderMain(cp); len(z) != 0 {
			t.Errorf("3.14 %s: zombies under main %v, want none (forkserver reaps its workers)", cp.Label, z)
		}
		if !hasRole(cp, checkpoint.RoleForkserver) || !hasRole(cp, checkpoint.RoleResourceTracker) {
			t.Errorf("3.14 %s: procs %v, want the forkserver and the resource tracker", cp.Label, cp.Procs)
		}
	}
}

// TestStepIntoStart: the main process's lines between `p.start()` and the
// scenario's next line go through start → _cleanup → poll, and the reap of
// the previous child happens while poll is the innermost frame (its
// os.waitpid(pid, WNOHANG)). Stepping over (only the scenario's own lines)
// shows none of them.
func TestStepIntoStart(t *testing.T) {
	s := runScenario(t, "seed-loop", Version{Major: 3, Minor: 13}, 0)
	tr := s.Trace()
	var inside []string // innermost function of each library line
	var reapedIn []string
	started, second := false, 0
	for _, r := range tr.All() {
		if r.PID != s.Main() {
			continue
		}
		switch r.Kind {
		case RecLine:
			top := tr.Top(r)
			if top.File == "seed-loop.py" {
				src := strings.TrimSpace(sourceLine(t, top.Line))
				if started && second == 2 {
					goto done
				}
				started = src == "p.start()"
				if started {
					second++
					inside = inside[:0]
				}
				continue
			}
			if started {
				inside = append(inside, top.Func)
			}
		case RecKernel:
			if e := tr.Event(r); started && second == 2 && e.Kind == kernel.EventReap {
				reapedIn = append(reapedIn, inside[len(inside)-1])
			}
		}
	}
done:
	if !isSubsequence([]string{"start", "_cleanup", "poll"}, inside) {
		t.Errorf("stepping into the second start() visits %v; want start → _cleanup → poll in order", inside)
	}
	if len(reapedIn) != 1 || reapedIn[0] != "poll" {
		t.Errorf("reaps during the second start() happened in %v; want exactly one, inside poll", reapedIn)
	}
	for _, r := range tr.All() {
		if r.Kind == RecLine && r.PID == s.Main() && stepOver(tr, r) && tr.Top(r).File != "seed-loop.py" {
			t.Fatalf("stepping over shows library line %v", tr.Top(r))
		}
	}
}

// stepOver is the player's step-over rule: only the scenario's own lines.
func stepOver(tr *Trace, r Record) bool { return tr.Top(r).File == "seed-loop.py" }

func sourceLine(t *testing.T, n int) string {
	src, err := os.ReadFile(filepath.Join(galleryDir, "seed-loop.py"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(src), "\n")[n-1]
}

func isSubsequence(want, got []string) bool {
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	return i == len(want)
}

// TestGoldenCheckpoints keeps every gallery scenario's checkpoint stream for
// every version it declares (testdata/checkpoints/NAME@X.Y.jsonl; rewrite
// with -update and review the diff).
func TestGoldenCheckpoints(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join(galleryDir, "*.py"))
	for _, path := range names {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		sc, err := scenario.Parse(name+".py", src)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range sc.Versions {
			file := filepath.Join("testdata", "checkpoints", fmt.Sprintf("%s@%s.jsonl", name, v))
			t.Run(name+"@"+v.String(), func(t *testing.T) {
				var b bytes.Buffer
				for _, c := range runScenario(t, name, v, 0).Checkpoints() {
					b.Write(checkpoint.Marshal(c))
					b.WriteByte('\n')
				}
				if *golden.Update {
					golden.Write(t, file, b.Bytes())
					return
				}
				want, err := os.ReadFile(file)
				if err != nil {
					t.Fatalf("%v (run go test ./sim -update)", err)
				}
				if !bytes.Equal(b.Bytes(), want) {
					got, _ := checkpoint.ParseStream(&b)
					exp, _ := checkpoint.ParseStream(bytes.NewReader(want))
					d := checkpoint.Compare(exp, got)
					detail := "only t_ms differs"
					if d != nil {
						detail = d.Render("golden", "now")
					}
					t.Errorf("%s changed: %s\nreproduce: go run ./cmd/zombielab run %s --python %s --checkpoints", file, detail, name, v)
				}
			})
		}
	}
}
