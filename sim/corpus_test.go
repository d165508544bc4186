// The corpus: short realistic programs of the kind learners paste from
// tutorials and Q&A threads about fork, wait, zombies, signals, /proc and
// random numbers after fork (testdata/corpus/NAME.py). Beside each is
// NAME.expected, what real CPython printed, one section per version (3.8,
// 3.11 and 3.13):
//
//	=== python 3.11
//	--- stdout
//	...
//	--- stderr last line
//	...
//	--- status
//	0
//	=== python 3.13
//	same
//
// "same" means the version printed exactly what the section before it
// holds. The status is the exit code, or -N when signal N killed the
// process (subprocess's returncode). TestCorpus runs every program under
// the simulator for each recorded version and compares; programs it cannot
// run yet are in knownGaps with the reason, so the count it logs
// (go test -v -run TestCorpus ./sim) is honest. With CPython installed it
// also runs CPython live and checks the recorded file; -corpus-record
// =NAME (or a glob) rewrites files from CPython (then review the diff).
//
// CPython runs with cwd testdata/corpus, stdin /dev/null, stdout on a
// terminal (ptyLauncher), stderr captured and the fixed environment
// corpusEnv, which is also what the simulated os.environ holds.

package sim

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"zombielab/internal/cpythontest"
)

var corpusRecord = flag.String("corpus-record", "", "rewrite testdata/corpus/GLOB.expected from real CPython (GLOB: a name pattern, * for all)")

const corpusDir = "testdata/corpus"

// corpusVersions are the CPython versions each program is recorded with.
var corpusVersions = []Version{{Major: 3, Minor: 8}, {Major: 3, Minor: 11}, {Major: 3, Minor: 13}}

// corpusEnv is the environment CPython runs with (and the simulator's
// os.environ, see pyvm.DefaultEnviron).
var corpusEnv = []string{"HOME=/root", "LANG=C.UTF-8", "PATH=/usr/local/bin:/usr/bin:/bin", "PYTHONHASHSEED=0", "TZ=UTC"}

// knownGaps are the programs the simulator cannot run like CPython yet,
// with why. A key is a program's name, or "name 3.13" for one version only.
// A listed program that starts to agree fails the test until it is removed
// from this table.
var knownGaps = map[string]string{}

// corpusOutcome is what one run of a program showed.
type corpusOutcome struct {
	Stdout   string
	LastErr  string // the last non-empty line of stderr
	Status   int    // exit code, or -signal
	refusal  string // the simulator refused to load or finish the program
	duration time.Duration
}

func (o corpusOutcome) text() string {
	return "--- stdout\n" + o.Stdout + "--- stderr last line\n" + o.LastErr + "\n--- status\n" + strconv.Itoa(o.Status) + "\n"
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return lines[i]
		}
	}
	return ""
}

// readExpected parses NAME.expected into one outcome per version.
func readExpected(path string) (map[Version]corpusOutcome, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[Version]corpusOutcome{}
	var prev corpusOutcome
	for _, sec := range strings.Split(string(b), "=== python ")[1:] {
		head, body, _ := strings.Cut(sec, "\n")
		v, err := ParseVersion(head)
		if err != nil {
			return nil, fmt.Errorf("%s: section %q: %v", path, head, err)
		}
		if body == "same\n" {
			out[v] = prev
			continue
		}
		o, err := parseOutcome(body)
		if err != nil {
			return nil, fmt.Errorf("%s: python %s: %v", path, head, err)
		}
		out[v], prev = o, o
	}
	return out, nil
}

func parseOutcome(body string) (corpusOutcome, error) {
	var o corpusOutcome
	rest, ok := strings.CutPrefix(body, "--- stdout\n")
	if !ok {
		return o, errors.New("no --- stdout")
	}
	o.Stdout, rest, ok = strings.Cut(rest, "--- stderr last line\n")
	if !ok {
		return o, errors.New("no --- stderr last line")
	}
	o.LastErr, rest, ok = strings.Cut(rest, "\n--- status\n")
	if !ok {
		return o, errors.New("no --- status")
	}
	n, err := strconv.Atoi(strings.TrimSpace(rest))
	o.Status = n
	return o, err
}

func writeExpected(path string, got map[Version]corpusOutcome) error {
	var b strings.Builder
	var prev string
	for i, v := range corpusVersions {
		fmt.Fprintf(&b, "=== python %s\n", v)
		t := got[v].text()
		if i > 0 && t == prev {
			b.WriteString("same\n")
			continue
		}
		b.WriteString(t)
		prev = t
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// runCorpusSim runs a program under the simulator as `python3 NAME.py`.
func runCorpusSim(name string, src []byte, v Version) corpusOutcome {
	opt, _, err := Load(name, src, Overrides{Python: v})
	if err != nil {
		return corpusOutcome{refusal: err.Error()}
	}
	s, err := New(opt)
	if err != nil {
		return corpusOutcome{refusal: err.Error()}
	}
	var o corpusOutcome
	if r := s.RunToEnd(); r != AllExited {
		o.refusal = "the run ended with: " + r.String()
	}
	var stdout, stderr strings.Builder
	t := s.Trace()
	for _, r := range t.All() {
		if r.Kind != RecOutput {
			continue
		}
		if e := t.Event(r); e.FD == 2 {
			stderr.WriteString(e.Data)
		} else {
			stdout.WriteString(e.Data)
		}
	}
	o.Stdout, o.LastErr = stdout.String(), lastLine(stderr.String())
	o.Status = s.MainExitCode()
	if s.mainExited && s.mainStatus.Signaled() {
		o.Status = -int(s.mainStatus.Signal())
	}
	return o
}

// corpusPython finds CPython X.Y: pyenv's, else one on PATH.
func corpusPython(v Version) string { return cpythontest.Find(v.Major, v.Minor) }

// ptyLauncher runs a program the way a learner does, with stdout on a
// terminal (line buffered, as the simulator models it; on a pipe CPython
// would buffer whole blocks and a fork would copy them) and stderr
// captured apart. It prints one JSON object: stdout, stderr, status (the
// returncode: -N for signal N). Output post-processing (\n → \r\n) is off.
//
// The launcher plays the simulator's interactive shell: it leads a session
// (ownProcessGroup starts it with setsid) whose controlling terminal is
// the pty, and runs the program as a job in a process group of its own,
// the terminal's foreground group, so ps shows what the simulator shows
// (TTY pts/N, STAT S+ and Z+, TPGID the program's pid).
const ptyLauncher = `
import fcntl, json, os, signal, subprocess, sys, tempfile, termios
master, slave = os.openpty()
attrs = termios.tcgetattr(slave)
attrs[1] &= ~termios.OPOST
termios.tcsetattr(slave, termios.TCSANOW, attrs)
fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
def job():
    os.setpgid(0, 0)
    old = signal.signal(signal.SIGTTOU, signal.SIG_IGN)
    os.tcsetpgrp(slave, os.getpid())
    signal.signal(signal.SIGTTOU, old)
with tempfile.TemporaryFile() as err:
    p = subprocess.Popen([sys.argv[1], sys.argv[2]], stdin=subprocess.DEVNULL, stdout=slave, stderr=err, preexec_fn=job)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    status = p.wait()
    err.seek(0)
    errs = err.read()
json.dump({"stdout": out.decode("utf-8", "replace"), "stderr": errs.decode("utf-8", "replace"), "status": status}, sys.stdout)
`

// runCorpusCPython runs a program under real CPython (see ptyLauncher).
func runCorpusCPython(py, file string) (corpusOutcome, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, py, "-c", ptyLauncher, py, filepath.Base(file))
	cmd.Dir = filepath.Dir(file)
	cmd.Env = corpusEnv
	// The launcher and everything the program starts are one process
	// group, killed together at the time limit; Wait then returns even if
	// a stray grandchild still holds an output pipe.
	ownProcessGroup(cmd)
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return corpusOutcome{}, fmt.Errorf("%s %s: %v\n%s", py, file, err, stderr.String())
	}
	var r struct {
		Stdout, Stderr string
		Status         int
	}
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		return corpusOutcome{}, fmt.Errorf("%s %s: the launcher printed %q: %v", py, file, stdout.String(), err)
	}
	return corpusOutcome{Stdout: r.Stdout, LastErr: lastLine(r.Stderr), Status: r.Status, duration: time.Since(start)}, nil
}

func corpusFiles(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs in %s: %v", corpusDir, err)
	}
	slices.Sort(files)
	return files
}

func gapFor(name string, v Version) (string, bool) {
	if r, ok := knownGaps[name+" "+v.String()]; ok {
		return r, true
	}
	r, ok := knownGaps[name]
	return r, ok
}

func TestCorpus(t *testing.T) {
	files := corpusFiles(t)
	if *corpusRecord != "" {
		recordCorpus(t, files, *corpusRecord)
	}
	agree := map[Version]int{}
	gaps := map[Version]int{}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := readExpected(strings.TrimSuffix(file, ".py") + ".expected")
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range corpusVersions {
				w, ok := want[v]
				if !ok {
					t.Errorf("no python %s section in %s.expected", v, name)
					continue
				}
				got := runCorpusSim(filepath.Base(file), src, v)
				same := got.refusal == "" && got.text() == w.text()
				reason, gap := gapFor(name, v)
				switch {
				case same && gap:
					t.Errorf("python %s: now agrees with CPython; remove %q from knownGaps", v, name)
				case same:
					agree[v]++
				case gap:
					gaps[v]++
					t.Logf("python %s: known gap: %s", v, reason)
				default:
					t.Errorf("python %s: the simulator differs from CPython\n--- simulator%s\n%s--- cpython\n%s"+
						"reproduce: go run ./cmd/zombielab run sim/%s --python %s",
						v, refusalNote(got), got.text(), w.text(), file, v)
				}
			}
		})
	}
	for _, v := range corpusVersions {
		t.Logf("corpus, python %s: %d of %d programs agree with CPython (%d known gaps)", v, agree[v], len(files), gaps[v])
	}
	for k := range knownGaps {
		name, _, _ := strings.Cut(k, " ")
		if !slices.Contains(files, filepath.Join(corpusDir, name+".py")) {
			t.Errorf("knownGaps lists %q, which is not in %s", k, corpusDir)
		}
	}
}

func refusalNote(o corpusOutcome) string {
	if o.refusal == "" {
		return ""
	}
	return " (" + o.refusal + ")"
}

// corpusParallel is how many CPython runs TestCorpusMatchesCPython keeps
// going at once.
const corpusParallel = 4

// recordCorpus rewrites every program's expected file from CPython, each
// version run twice to catch output that is not deterministic.
func recordCorpus(t *testing.T, files []string, glob string) {
	for _, file := range files {
		if ok, _ := filepath.Match(glob, strings.TrimSuffix(filepath.Base(file), ".py")); !ok {
			continue
		}
		got := map[Version]corpusOutcome{}
		for _, v := range corpusVersions {
			py := corpusPython(v)
			if py == "" {
				t.Fatalf("-corpus-record needs CPython %s", v)
			}
			a, err := runCorpusCPython(py, file)
			if err != nil {
				t.Fatal(err)
			}
			b, err := runCorpusCPython(py, file)
			if err != nil {
				t.Fatal(err)
			}
			if a.text() != b.text() {
				t.Fatalf("%s under %s is not deterministic\n--- run 1\n%s--- run 2\n%s", file, py, a.text(), b.text())
			}
			got[v] = a
		}
		if err := writeExpected(strings.TrimSuffix(file, ".py")+".expected", got); err != nil {
			t.Fatal(err)
		}
	}
}
