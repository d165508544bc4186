// One probed run: set up the run directory, start the launcher, wait with a
// timeout, collect the snapshots and make sure no process is left behind.

package probe

import (
	"bytes"
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"zombielab/sim/checkpoint"
	"zombielab/sim/cpython"
	"zombielab/sim/scenario"
)

// Options says what to run.
type Options struct {
	Python   string              // interpreter path, version "X.Y", or "" for the newest found
	Scenario string              // path of the scenario file
	Until    time.Duration       // 0: the scenario header's until, if any
	Method   cpython.StartMethod // MethodDefault: the header's method, if any
	// Timeout bounds the whole run including interpreter start-up;
	// 0 means until + 30 s, or 60 s for a scenario without until.
	Timeout time.Duration
}

// Result is what a run produced.
type Result struct {
	Interpreter Interpreter
	Snapshots   []checkpoint.Snapshot
	Stdout      string
	Stderr      string
	// ExitCode is main's exit status, or minus the signal that killed it
	// (-9 when the launcher killed it at until).
	ExitCode      int
	KilledAtUntil bool
	// Marker is the run's environment marker (ZL_RUN) and MainPid main's
	// pid, which is also the family's process group: see Leftovers.
	Marker  string
	MainPid int
}

// Run runs opt.Scenario unchanged under a real CPython with the probe.
func Run(ctx context.Context, opt Options) (*Result, error) {
	py, err := ResolvePython(opt.Python)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(opt.Scenario)
	if err != nil {
		return nil, err
	}
	src, err := os.ReadFile(abs)
	if err != nil {
		return nil, err
	}
	sc, err := scenario.Parse(opt.Scenario, src)
	if err != nil {
		return nil, err
	}
	until, method := settings(sc, opt)
	untilCheckpoint := sc.UntilCheckpoint
	if opt.Until != 0 {
		untilCheckpoint = "" // an explicit time limit replaces the header's until
	}
	dir, err := os.MkdirTemp("", "zombielab-probe-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if err := writePython(dir); err != nil {
		return nil, err
	}
	if err := writeConfig(dir, abs, method, untilCheckpoint, sc); err != nil {
		return nil, err
	}
	res, err := launch(ctx, dir, py, abs, until, timeoutFor(opt.Timeout, until))
	if err != nil {
		return res, err
	}
	res.Interpreter = py
	return res, nil
}

// settings merges the options with the scenario's header.
func settings(sc *scenario.Scenario, opt Options) (time.Duration, cpython.StartMethod) {
	return cmp.Or(opt.Until, time.Duration(sc.Until)), cmp.Or(opt.Method, sc.Method)
}

func timeoutFor(t, until time.Duration) time.Duration {
	switch {
	case t != 0:
		return t
	case until != 0:
		return until + 30*time.Second
	}
	return 60 * time.Second
}

// writeConfig tells main's probe the scenario path, start method (none: the
// interpreter's default), checkpoint lines and the snapshot after which the
// run stops (until=LABEL#N), in a line format that needs no json import in
// Python.
func writeConfig(dir, abs string, method cpython.StartMethod, untilCheckpoint string, sc *scenario.Scenario) error {
	var b strings.Builder
	fmt.Fprintf(&b, "scenario %s\n", abs)
	if method != cpython.MethodDefault {
		fmt.Fprintf(&b, "method %s\n", method)
	}
	for _, c := range sc.Checkpoints {
		fmt.Fprintf(&b, "checkpoint %d %s\n", c.Line, c.Label)
	}
	if untilCheckpoint != "" {
		fmt.Fprintf(&b, "until %s\n", untilCheckpoint)
	}
	return os.WriteFile(filepath.Join(dir, "config.txt"), []byte(b.String()), 0o644)
}

func newMarker() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b[:])
}

// launch starts the guard (launcher.py), which starts the launcher, which
// starts main, and waits for it; whatever happens, the family is gone when
// it returns, or the error says which processes survived.
func launch(ctx context.Context, dir string, py Interpreter, scenarioPath string, until, timeout time.Duration) (*Result, error) {
	marker := newMarker()
	cg := newCgroup("zombielab-" + marker)
	if cg != nil {
		defer cg.remove()
	}
	cmd := exec.Command(py.Path, "-I", filepath.Join(dir, "launcher.py"), dir, py.Path, scenarioPath,
		strconv.FormatInt(until.Milliseconds(), 10))
	cmd.Dir = filepath.Dir(scenarioPath)
	cmd.Env = familyEnv(dir, marker, cg)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	// Family members hold the output pipes; never let Wait block on them.
	cmd.WaitDelay = time.Second
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	var runErr error
	select {
	case <-done:
	case <-timer.C:
		runErr = fmt.Errorf("%s: no end after %v; the whole family was killed", scenarioPath, timeout)
	case <-ctx.Done():
		runErr = ctx.Err()
	}
	if runErr != nil {
		// The guard kills and reaps the whole run on SIGTERM (nothing is
		// left as init's zombie); if it does not end, everything is killed.
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			killRun(cg, marker, readMainPid(dir))
			killGroup(cmd.Process.Pid)
			<-done
		}
	}
	res := &Result{Stdout: stdout.String(), Stderr: stderr.String(), Marker: marker, MainPid: readMainPid(dir)}
	// The guard has killed and reaped the family; anything found now
	// escaped it (or the guard itself was killed).
	if err := survivors(cg, marker, res.MainPid); err != nil && runErr == nil {
		runErr = fmt.Errorf("%s: %v", scenarioPath, err)
	}
	if err := guardReport(dir); err != nil && runErr == nil {
		runErr = fmt.Errorf("%s: %v", scenarioPath, err)
	}
	if runErr != nil {
		return res, runErr
	}
	return finish(dir, res)
}

// killRun SIGKILLs every process of the run: the whole cgroup when there
// is one, else the family found by marker and process group.
func killRun(cg *cgroup, marker string, mainPid int) {
	if cg != nil {
		cg.kill()
		return
	}
	killFamily(marker, mainPid)
}

// survivors kills what is left of the run after the guard ended and says
// so: nil when nothing was left.
func survivors(cg *cgroup, marker string, mainPid int) error {
	var found, left []int
	if cg != nil {
		found, left = cg.kill()
	} else {
		found = killFamily(marker, mainPid)
		left = Leftovers(marker, mainPid)
	}
	switch {
	case len(left) > 0:
		return fmt.Errorf("processes %v of the run are still running: they could not be killed", left)
	case len(found) > 0:
		return fmt.Errorf("processes %v of the run were still running after the probe's guard ended; killed", found)
	}
	return nil
}

// guardReport reads what the guard wrote once the launcher had ended: an
// error when the launcher did not end by itself (a scenario that kills its
// parent kills the launcher), naming what the guard then had to kill.
func guardReport(dir string) error {
	data, err := os.ReadFile(filepath.Join(dir, "guard.txt"))
	if err != nil {
		return fmt.Errorf("the probe's guard was killed before it could report; every process of the run was killed")
	}
	fields := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, " "); ok {
			fields[k] = v
		}
	}
	code, _ := strconv.Atoi(fields["launcher"])
	if code >= 0 {
		return nil
	}
	killed := "nothing was left"
	if fields["killed"] != "" {
		killed = "the guard killed processes " + fields["killed"] + " of the run"
	}
	return fmt.Errorf("the probe's launcher was killed by signal %d (does the scenario kill its parent?); %s", -code, killed)
}

// familyEnv is the environment of the launcher and, through it, of the
// whole family: the caller's, minus variables that would change how Python
// starts, plus the probe's.
func familyEnv(dir, marker string, cg *cgroup) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if k == "PYTHONPATH" || k == "PYTHONSTARTUP" || k == "PYTHONHOME" || k == "PYTHONHASHSEED" || strings.HasPrefix(k, "ZL_") {
			continue
		}
		env = append(env, kv)
	}
	// str hashes (and so the order of sets of strs) as the simulator
	// models them: sim/pyvm/hash.go.
	env = append(env, "PYTHONHASHSEED=0")
	env = append(env, "PYTHONPATH="+filepath.Join(dir, "py"), "ZL_RUN="+marker, "ZL_DIR="+dir)
	if cg != nil {
		env = append(env, "ZL_CGROUP="+cg.dir)
	}
	return env
}

// finish reads the launcher's result and main's snapshots.
func finish(dir string, res *Result) (*Result, error) {
	data, err := os.ReadFile(filepath.Join(dir, "result.txt"))
	if err != nil {
		return res, fmt.Errorf("the launcher failed: %s", strings.TrimSpace(res.Stderr))
	}
	fields := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, " "); ok {
			fields[k] = v
		}
	}
	res.ExitCode, _ = strconv.Atoi(fields["exit"])
	res.KilledAtUntil = fields["killed_at_until"] == "1"
	f, err := os.Open(filepath.Join(dir, "snapshots.jsonl"))
	if errors.Is(err, os.ErrNotExist) {
		return res, nil // no checkpoint reached
	}
	if err != nil {
		return res, err
	}
	defer f.Close()
	res.Snapshots, err = checkpoint.ParseStream(f)
	return res, err
}

// readMainPid reads the pid the launcher records as soon as main exists.
func readMainPid(dir string) int {
	data, _ := os.ReadFile(filepath.Join(dir, "main_pid.txt"))
	n, _ := strconv.Atoi(strings.TrimSpace(string(data)))
	return n
}
