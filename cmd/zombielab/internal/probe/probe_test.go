package probe

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"zombielab/sim/checkpoint"
)

// testPythons are the interpreters the probe is tested with: the oldest
// and the newest found, or all with ZOMBIELAB_PROBE_ALL=1.
func testPythons(t *testing.T) []Interpreter {
	t.Helper()
	all := FindPythons()
	if len(all) == 0 {
		if os.Getenv("ZOMBIELAB_REQUIRE_PYTHON") == "1" {
			t.Fatal("no CPython 3.8+ found on PATH or under pyenv, and ZOMBIELAB_REQUIRE_PYTHON=1")
		}
		t.Skip("no CPython 3.8+ found on PATH or under pyenv: the real-CPython probe cannot be tested here")
	}
	if os.Getenv("ZOMBIELAB_PROBE_ALL") == "1" || len(all) <= 2 {
		return all
	}
	return []Interpreter{all[0], all[len(all)-1]}
}

func readWant(t *testing.T, path string) []checkpoint.Snapshot {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want, err := checkpoint.ParseStream(f)
	if err != nil {
		t.Fatal(err)
	}
	return want
}

// TestProbe runs the probe's own scenarios (testdata/probe/*.py) and checks
// each stream against the hand-written expectation next to it
// (NAME.want.jsonl), the exit code, and that nothing of the family is left.
func TestProbe(t *testing.T) {
	for _, tc := range []struct {
		name      string
		exit      int
		killed    bool
		stdoutHas string
		stderrHas string
	}{
		{name: "zombie"},
		{name: "spawn"},
		{name: "forkserver"},
		{name: "nested-spawn", stdoutHas: "0"},
		{name: "nested-forkserver", stdoutHas: "0"},
		{name: "orphan", stdoutHas: "done"},
		{name: "sigign", stdoutHas: "2"},
		{name: "until", exit: -9, killed: true},
		{name: "until-checkpoint", exit: -9, killed: true},
		{name: "crash", exit: 1, stderrHas: "ZeroDivisionError"},
		{name: "popen-children"},
		{name: "threads"},
	} {
		for _, py := range testPythons(t) {
			t.Run(tc.name+"@"+py.Version.String(), func(t *testing.T) {
				t.Parallel()
				path := filepath.Join("testdata", "probe", tc.name+".py")
				res, err := Run(context.Background(), Options{Python: py.Path, Scenario: path})
				if err != nil {
					t.Fatal(err)
				}
				if d := checkpoint.Compare(readWant(t, filepath.Join("testdata", "probe", tc.name+".want.jsonl")), res.Snapshots); d != nil {
					t.Errorf("stream differs:\n%s\nstderr:\n%s", d.Render("want", "real"), res.Stderr)
				}
				if res.ExitCode != tc.exit || res.KilledAtUntil != tc.killed {
					t.Errorf("exit %d killed %v, want %d %v; stderr:\n%s", res.ExitCode, res.KilledAtUntil, tc.exit, tc.killed, res.Stderr)
				}
				if !strings.Contains(res.Stdout, tc.stdoutHas) || !strings.Contains(res.Stderr, tc.stderrHas) {
					t.Errorf("stdout %q stderr %q, want %q and %q", res.Stdout, res.Stderr, tc.stdoutHas, tc.stderrHas)
				}
				if res.MainPid == 0 {
					t.Fatal("no main pid reported")
				}
				if left := Leftovers(res.Marker, res.MainPid); len(left) > 0 {
					t.Errorf("processes left behind: %v", left)
				}
			})
		}
	}
}

// TestTimeoutKillsEverything: a run that exceeds its Go-side timeout is
// killed as a whole, launcher included.
func TestTimeoutKillsEverything(t *testing.T) {
	py := testPythons(t)[0]
	res, err := Run(context.Background(), Options{Python: py.Path, Scenario: filepath.Join("testdata", "probe", "until.py"),
		Until: time.Hour, Timeout: 1500 * time.Millisecond})
	if err == nil || !strings.Contains(err.Error(), "no end after") {
		t.Fatalf("err = %v, want a timeout", err)
	}
	if res == nil || res.Marker == "" {
		t.Fatal("no result with the run's marker")
	}
	if left := Leftovers(res.Marker, res.MainPid); len(left) > 0 {
		t.Errorf("processes left behind: %v", left)
	}
}

func TestResolvePython(t *testing.T) {
	all := testPythons(t)
	in, err := ResolvePython(all[0].Version.String())
	if err != nil || in.Version != all[0].Version {
		t.Errorf("ResolvePython(%q) = %+v, %v", all[0].Version.String(), in, err)
	}
	if in, err = ResolvePython(all[0].Path); err != nil || in.Version != all[0].Version {
		t.Errorf("ResolvePython(path) = %+v, %v", in, err)
	}
	if _, err := ResolvePython("3.99"); err == nil || !strings.Contains(err.Error(), "no CPython 3.99") {
		t.Errorf("ResolvePython(3.99) err = %v", err)
	}
}

// TestFamilyCannotEscape: the two escapes found by a hostile-input pass
// (issue 17) and a harder one. Whatever a scenario does, Run kills every
// process it made, says so when it had to, and removes its run folder.
func TestFamilyCannotEscape(t *testing.T) {
	py := testPythons(t)[0]
	for _, tc := range []struct {
		name    string
		wantErr string // "" when the run ends normally
	}{
		{"setsid-execve", ""},
		{"kill-launcher", "the probe's launcher was killed by signal 9"},
		{"kill-guard", "still running after the probe's guard ended; killed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res, err := Run(context.Background(), Options{Python: py.Path, Scenario: filepath.Join("testdata", "escape", tc.name+".py"), Timeout: 60 * time.Second})
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("err = %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("err = %v, want it to contain %q", err, tc.wantErr)
			}
			if res == nil {
				t.Fatal("no result")
			}
			pids := 0
			for _, line := range strings.Split(res.Stdout, "\n") {
				word, arg, _ := strings.Cut(line, " ")
				switch word {
				case "escapee", "main":
					pids++
					if pid, _ := strconv.Atoi(arg); running(pid) {
						t.Errorf("%s %s is still running", word, arg)
					}
				case "dir":
					if _, err := os.Stat(arg); err == nil {
						t.Errorf("the run folder %s is still there", arg)
					}
				}
			}
			if pids == 0 {
				t.Errorf("the scenario printed no pid; stdout %q stderr %q", res.Stdout, res.Stderr)
			}
			for _, pid := range Leftovers(res.Marker, res.MainPid) {
				if running(pid) {
					t.Errorf("process %d left behind", pid)
				}
			}
		})
	}
}

// running reports whether pid exists and is not a zombie: with the guard
// killed too, the run's killed processes are pid 1's zombies for a moment.
func running(pid int) bool {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	i := strings.LastIndexByte(string(data), ')')
	return i < 0 || i+2 >= len(data) || data[i+2] != 'Z'
}
