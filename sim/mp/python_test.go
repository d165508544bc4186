package mp

import (
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// pythonLimit is how long one CPython run may take. A run that hangs (a
// race in the model under real threads would) is then stopped with SIGABRT,
// which makes faulthandler print every thread's stack to stderr, and its
// process group is killed a little later: the test fails with the stacks
// instead of hanging until go test's own timeout.
const pythonLimit = 150 * time.Second

// pyResult is what a CPython run printed and how it ended.
type pyResult struct {
	stdout, stderr string
	err            error
}

// pyRun is a started CPython process.
type pyRun struct {
	proc           *os.Process
	stdout, stderr chan string
	watchdog       *time.Timer
}

// startPython starts path with args in dir, its environment plus env. It
// uses os.StartProcess because sim/ may not import os/exec.
func startPython(t *testing.T, path string, env []string, dir string, args ...string) *pyRun {
	t.Helper()
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	errR, errW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	attr := &os.ProcAttr{
		Dir:   dir,
		Env:   append(append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1", "PYTHONFAULTHANDLER=1"), env...),
		Files: []*os.File{devnull, outW, errW},
		Sys:   &syscall.SysProcAttr{Setpgid: true},
	}
	proc, err := os.StartProcess(path, append([]string{path}, args...), attr)
	outW.Close()
	errW.Close()
	if err != nil {
		outR.Close()
		errR.Close()
		t.Fatal(err)
	}
	r := &pyRun{proc: proc, stdout: make(chan string, 1), stderr: make(chan string, 1)}
	r.watchdog = time.AfterFunc(pythonLimit, func() {
		_ = proc.Signal(syscall.SIGABRT)
		time.AfterFunc(5*time.Second, func() { _ = syscall.Kill(-proc.Pid, syscall.SIGKILL) })
	})
	drain := func(f *os.File, c chan string) {
		b, _ := io.ReadAll(f)
		f.Close()
		c <- string(b)
	}
	go drain(outR, r.stdout)
	go drain(errR, r.stderr)
	return r
}

// wait waits for the run to end.
func (r *pyRun) wait() pyResult {
	res := pyResult{stdout: <-r.stdout, stderr: <-r.stderr}
	st, err := r.proc.Wait()
	r.watchdog.Stop()
	switch {
	case err != nil:
		res.err = err
	case !st.Success():
		res.err = &exitError{st.String()}
	}
	return res
}

type exitError struct{ s string }

func (e *exitError) Error() string { return e.s }

// runPython runs path with args to the end.
func runPython(t *testing.T, path string, env []string, dir string, args ...string) pyResult {
	t.Helper()
	return startPython(t, path, env, dir, args...).wait()
}

// lines is s without trailing blanks, for messages.
func lines(s string) string { return strings.TrimRight(s, "\n") }
