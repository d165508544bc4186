package mp_test

// The spawn and forkserver start methods on the simulator's interpreter,
// with the in-test process table of pyvm_test.go: who is whose child, where
// the zombie lingers, what a spawned worker re-imports, and what poll()
// reads from the fork server's status pipe.

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"zombielab/internal/golden"
	"zombielab/sim/pyvm"
)

// methodSeedLoop is the seed loop under a start method chosen inside the
// __main__ guard (at the top level, a spawned child's re-import would call
// set_start_method again and fail, as in CPython). The worker and the
// re-import print, so the test sees where the target ran.
func methodSeedLoop(method string, n int) string {
	choose := ""
	if method != "" {
		choose = "    mp.set_start_method('" + method + "')\n"
	}
	return `import os, time
import multiprocessing as mp
from multiprocessing import process
print('import', __name__)


def f():
    print('worker', __name__, os.getppid())


if __name__ == '__main__':
` + choose + fmt.Sprintf(`    for i in range(%d):
        p = mp.Process(target=f)
        p.start()
        time.sleep(1)
        print(i, p.pid, len(process._children))
    p.join()
    print('exitcode', p.exitcode)
`, n)
}

// tree is the process family at a moment: "pid<-ppid:state" for every live
// or zombie process other than main, in pid order, with the main process
// as "main" and the helper processes named by the code they run.
func (o *fakeOS) tree() string {
	var pids []int
	for pid, p := range o.procs {
		if pid != 100 && p.state != procReaped {
			pids = append(pids, pid)
		}
	}
	sort.Ints(pids)
	var parts []string
	for _, pid := range pids {
		p := o.procs[pid]
		parts = append(parts, fmt.Sprintf("%d<-%s:%s", pid, o.name(p.ppid), p.state))
	}
	return strings.Join(parts, " ")
}

func (o *fakeOS) name(pid int) string {
	if pid == 100 {
		return "main"
	}
	return fmt.Sprint(pid)
}

// outputOf is what pid wrote, in order.
func (o *fakeOS) outputOf(pid int) string {
	var b strings.Builder
	for _, l := range o.log {
		if out, ok := strings.CutPrefix(l, fmt.Sprintf("%d: ", pid)); ok {
			b.WriteString(out)
		}
	}
	return b.String()
}

func TestStartMethodsOnPyvm(t *testing.T) {
	tests := []struct {
		name    string
		version pyvm.Version
		method  string
		// at each print of main: its line, then the family
		want []string
		// what the first worker printed
		worker string
	}{
		{
			// spawn: the resource tracker (101) first, then each worker a
			// direct child of main; start() reaps the previous worker, so
			// exactly one zombie lingers, as with fork.
			name: "spawn 3.11", version: pyvm.Py311, method: "spawn",
			want: []string{
				"0 102 1 | 101<-main:running 102<-main:zombie",
				"1 103 1 | 101<-main:running 103<-main:zombie",
				"2 104 1 | 101<-main:running 104<-main:zombie",
				"exitcode 0 | 101<-main:running",
			},
			worker: "import __mp_main__\nworker __mp_main__ 100\n",
		},
		{
			name: "spawn 3.13", version: pyvm.Py313, method: "spawn",
			want: []string{
				"0 102 1 | 101<-main:running 102<-main:zombie",
				"1 103 1 | 101<-main:running 103<-main:zombie",
				"2 104 1 | 101<-main:running 104<-main:zombie",
				"exitcode 0 | 101<-main:running",
			},
			worker: "import __mp_main__\nworker __mp_main__ 100\n",
		},
		{
			// forkserver: resource tracker (101) and server (102) are
			// main's children; the workers are the server's, reaped by its
			// SIGCHLD loop: no zombie lingers, under main or the server.
			// Before 3.14 the server does not preload __main__, so each
			// worker re-imports it.
			name: "forkserver 3.11", version: pyvm.Py311, method: "forkserver",
			want: []string{
				"0 103 1 | 101<-main:running 102<-main:running",
				"1 104 1 | 101<-main:running 102<-main:running",
				"2 105 1 | 101<-main:running 102<-main:running",
				"exitcode 0 | 101<-main:running 102<-main:running",
			},
			worker: "import __mp_main__\nworker __mp_main__ 102\n",
		},
		{
			name: "forkserver 3.13", version: pyvm.Py313, method: "forkserver",
			want: []string{
				"0 103 1 | 101<-main:running 102<-main:running",
				"1 104 1 | 101<-main:running 102<-main:running",
				"2 105 1 | 101<-main:running 102<-main:running",
				"exitcode 0 | 101<-main:running 102<-main:running",
			},
			worker: "import __mp_main__\nworker __mp_main__ 102\n",
		},
		{
			// 3.14 defaults to forkserver, which preloads __main__ in the
			// server (gh-126631): the server prints the import, the
			// workers inherit it.
			name: "default 3.14", version: pyvm.Py314, method: "",
			want: []string{
				"0 103 1 | 101<-main:running 102<-main:running",
				"1 104 1 | 101<-main:running 102<-main:running",
				"2 105 1 | 101<-main:running 102<-main:running",
				"exitcode 0 | 101<-main:running 102<-main:running",
			},
			worker: "worker __mp_main__ 102\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			o := run(t, tc.version, methodSeedLoop(tc.method, 3), 200000, nil, func(o *fakeOS, out string) {
				if l := strings.TrimSpace(out); l != "import __main__" {
					got = append(got, l+" | "+o.tree())
				}
			})
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("main printed:\n%s\nwant:\n%s\nall output: %q", strings.Join(got, "\n"), strings.Join(tc.want, "\n"), o.log)
			}
			first := 102
			if tc.method != "spawn" {
				first = 103
			}
			if w := o.outputOf(first); w != tc.worker {
				t.Errorf("the first worker printed %q, want %q", w, tc.worker)
			}
			if o.tree() != "" {
				t.Errorf("left behind after main exited: %s", o.tree())
			}
			// The whole run, reviewed: every process's output in order
			// (pid: line), then main's prints with the family at each.
			whole := strings.Join(o.log, "") + "--- family at main's prints\n" + strings.Join(got, "\n") + "\n"
			golden.CheckString(t, filepath.Join("testdata", "golden", "pyvm", "seed."+strings.ReplaceAll(tc.name, " ", ".")+".txt"), whole)
		})
	}
}

// TestForkserverDiesOnPyvm: when the fork server dies, the status pipe
// reads EOF and poll() reports 255 (popen_forkserver.py Popen.poll); the
// worker, orphaned, is adopted by init and still runs its target.
func TestForkserverDiesOnPyvm(t *testing.T) {
	prog := `import os, time, signal
import multiprocessing as mp
from multiprocessing import forkserver


def f():
    time.sleep(2)
    print('worker done', os.getppid())


if __name__ == '__main__':
    mp.set_start_method('forkserver')
    p = mp.Process(target=f)
    p.start()
    time.sleep(0.5)
    os.kill(forkserver._forkserver._forkserver_pid, signal.SIGKILL)
    p.join()
    print('exitcode', p.exitcode, p.is_alive())
`
	for _, v := range []pyvm.Version{pyvm.Py311, pyvm.Py313} {
		t.Run(v.String(), func(t *testing.T) {
			o := run(t, v, prog, 200000, nil, nil)
			if got, want := o.outputOf(100), "exitcode 255 False\n"; got != want {
				t.Errorf("main printed %q, want %q; all output %q", got, want, o.log)
			}
			if got, want := o.outputOf(103), "worker done 1\n"; got != want {
				t.Errorf("the worker printed %q, want %q; all output %q", got, want, o.log)
			}
		})
	}
}

// TestExitCodesAcrossMethodsOnPyvm: the exit code reaches the parent by
// waitpid under spawn and through the fork server's status pipe under
// forkserver (write_signed after the server's reap), with the same values
// as fork (facts §3, §4; CPython 3.11 prints the same).
func TestExitCodesAcrossMethodsOnPyvm(t *testing.T) {
	prog := `import sys, os, signal
import multiprocessing as mp


def child(how):
    if how == 'exit(3)':
        sys.exit(3)
    if how == 'raise':
        raise KeyError('boom')
    if how == 'SIGTERM':
        os.kill(os.getpid(), signal.SIGTERM)


if __name__ == '__main__':
    mp.set_start_method('METHOD')
    for how in ['return', 'exit(3)', 'raise', 'SIGTERM']:
        p = mp.Process(target=child, args=(how,))
        p.start()
        p.join()
        print(how, p.exitcode)
`
	for _, method := range []string{"spawn", "forkserver"} {
		for _, v := range []pyvm.Version{pyvm.Py311, pyvm.Py313} {
			t.Run(method+" "+v.String(), func(t *testing.T) {
				src := strings.Replace(prog, "METHOD", method, 1)
				o := run(t, v, src, 200000, nil, nil)
				if got, want := o.outputOf(100), "return 0\nexit(3) 3\nraise 1\nSIGTERM -15\n"; got != want {
					t.Errorf("main printed %q, want %q; all output %q", got, want, o.log)
				}
			})
		}
	}
}
