// The interpreter's CPython-checked programs (sim/pyvm/testdata/programs),
// run again on the real kernel model instead of pyvm's test host: their
// stdout, stderr and exit status must still be the golden ones, which
// pyvm's tests confirm against real CPython where it is installed.

package sim

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"zombielab/sim/kernel"
)

const programsDir = "pyvm/testdata/programs"

// programVersion reads a "# python: 3.X" header line, as pyvm's tests do.
func programVersion(src string) Version {
	for _, line := range strings.Split(src, "\n") {
		if v, ok := strings.CutPrefix(line, "# python: "); ok {
			if pv, err := ParseVersion(strings.TrimSpace(v)); err == nil {
				return pv
			}
		}
	}
	return Version{Major: 3, Minor: 11}
}

// terminalText renders a run the way the golden files are written.
func terminalText(s *System) string {
	var out, errs strings.Builder
	t := s.Trace()
	for _, r := range t.All() {
		if r.Kind != RecOutput {
			continue
		}
		e := t.Event(r)
		if e.FD == 2 {
			errs.WriteString(e.Data)
		} else {
			out.WriteString(e.Data)
		}
	}
	return "--- stdout\n" + out.String() + "--- stderr\n" + errs.String() + "--- status\n" + strconv.Itoa(s.MainExitCode()) + "\n"
}

func TestProgramsOnTheKernel(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(programsDir, "*.py"))
	if len(files) == 0 {
		t.Fatal("no programs in " + programsDir)
	}
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			s, err := New(Options{File: name, Source: src, Python: programVersion(string(src)), Kernel: kernel.Config{}})
			if err != nil {
				t.Fatal(err)
			}
			if r := s.RunToEnd(); r != AllExited {
				t.Fatalf("run ended with %v", r)
			}
			if got := terminalText(s); got != string(want) {
				t.Errorf("differs from %s\n--- got\n%s\n--- want\n%s\nreproduce: go run ./cmd/zombielab run sim/%s --python %s",
					filepath.Base(file), got, want, file, programVersion(string(src)))
			}
		})
	}
}
