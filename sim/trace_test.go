// Golden traces and determinism: the trace text of a few gallery scenarios is
// kept in testdata/traces (rewrite with `go test ./sim -update` and review
// the diff), and a hash over every gallery scenario under several seeds must
// be the same natively and under GOOS=js GOARCH=wasm.

package sim

import (
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zombielab/internal/golden"
	"zombielab/sim/kernel"
)

var goldenTraces = []struct {
	name string
	v    Version
}{
	{"fork-waitpid", Version{Major: 3, Minor: 13}},
	{"seed-loop", Version{Major: 3, Minor: 13}},
	{"double-fork", Version{Major: 3, Minor: 11}},
	{"sigchld-ignore", Version{Major: 3, Minor: 11}},
	{"parent-killed", Version{Major: 3, Minor: 13}},
}

func traceText(s *System) string {
	var b strings.Builder
	t := s.Trace()
	for i := range t.Len() {
		if line := t.Line(i); line != "" {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func TestGoldenTraces(t *testing.T) {
	for _, g := range goldenTraces {
		file := filepath.Join("testdata", "traces", fmt.Sprintf("%s@%s.trace", g.name, g.v))
		t.Run(g.name, func(t *testing.T) {
			got := traceText(runScenario(t, g.name, g.v, 0))
			golden.CheckString(t, file, got, fmt.Sprintf("go run ./cmd/zombielab run %s --python %s --trace", g.name, g.v))
		})
	}
}

// galleryHash hashes the traces of every gallery scenario, for each modelled
// version, under seeds 0..2.
func galleryHash(t *testing.T) string {
	names, _ := filepath.Glob(filepath.Join(galleryDir, "*.py"))
	h := fnv.New64a()
	for _, path := range names {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		for _, v := range []Version{{Major: 3, Minor: 8}, {Major: 3, Minor: 13}, {Major: 3, Minor: 14}} {
			for seed := uint64(0); seed < 3; seed++ {
				s := runScenario(t, name, v, seed)
				fmt.Fprintf(h, "%s %s %d\n%s", name, v, seed, traceText(s))
			}
		}
	}
	return fmt.Sprintf("%016x", h.Sum64())
}

// TestDeterminism runs everything twice in one process and compares, and
// prints the hash so the native and the wasm runs can be compared by CI
// (.ci/run greps both outputs).
func TestDeterminism(t *testing.T) {
	if testing.Short() {
		t.Skip("determinism sweep skipped in -short mode")
	}
	a, b := galleryHash(t), galleryHash(t)
	if a != b {
		t.Fatalf("two runs of the same inputs differ: %s vs %s", a, b)
	}
	t.Logf("gallery trace hash %s", a)
	if f := os.Getenv("ZOMBIELAB_HASH_FILE"); f != "" {
		if err := os.WriteFile(f, []byte(a+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestNoLineAfterDeath: a process that kills itself in a line gets no line
// record after its exit (it stopped at a line it will never run).
func TestNoLineAfterDeath(t *testing.T) {
	src := "import os\nprint('a')\nos.kill(0, 9)\nprint('never')\n"
	s := runSource(t, "kill0.py", []byte(src), Overrides{})
	tr := s.Trace()
	exited := false
	for i, r := range tr.All() {
		switch {
		case r.Kind == RecKernel && tr.Event(r).Kind == kernel.EventExit && r.PID == s.Main():
			exited = true
		case r.Kind == RecLine && r.PID == s.Main() && exited:
			t.Errorf("record %d: %s, after the process exited", i, tr.Line(i))
		}
	}
	if !exited || s.MainExitCode() != 137 {
		t.Errorf("exited=%v, exit code %d; want killed by SIGKILL (137)", exited, s.MainExitCode())
	}
}
