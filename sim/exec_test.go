package sim

import (
	"strings"
	"testing"

	"zombielab/sim/kernel"
)

// execOutcome is what a program printed and how it ended.
type execOutcome struct {
	Stdout, LastErr string
	Status          int // exit code, or -signal
}

// execRun runs src as the scenario x.py to its end.
func execRun(t *testing.T, src string) execOutcome {
	t.Helper()
	opt, _, err := Load("x.py", []byte(src), Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	if r := s.RunToEnd(); r != AllExited {
		t.Fatalf("the run ended with: %s", r)
	}
	var stdout, stderr strings.Builder
	for _, o := range s.Kernel().Terminal() {
		if o.FD == 2 {
			stderr.WriteString(o.Data)
		} else {
			stdout.WriteString(o.Data)
		}
	}
	o := execOutcome{Stdout: stdout.String(), Status: s.MainExitCode()}
	if s.mainExited && s.mainStatus.Signaled() {
		o.Status = -int(s.mainStatus.Signal())
	}
	lines := strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n")
	o.LastErr = lines[len(lines)-1]
	return o
}

func TestExecPrograms(t *testing.T) {
	for _, c := range []struct {
		name, src, stdout, lastErr string
		status                     int
	}{
		// issue 16's crash reproducer: the old interpreter's exit used to
		// delete the new one installed for the same pid.
		{"crash", "import os, sys; os.execv(sys.executable, [sys.executable, \"-c\", \"print('hi')\"])\n", "hi\n", "", 0},
		{"exit status", "import os, sys\nos.execv(sys.executable, ['python3', '-c', 'import sys; sys.exit(3)'])\n", "", "", 3},
		{"argv", "import os, sys\nos.execv('/usr/bin/python3', ['python3', '-c', 'import sys; print(sys.argv)', 'a', 'b'])\n", "['-c', 'a', 'b']\n", "", 0},
		{"same pid", "import os, sys\nprint(os.getpid(), flush=True)\nos.execv(sys.executable, ['python3', '-c', 'import os; print(os.getpid())'])\n", "1001\n1001\n", "", 0},
		{"reexec", "import os, sys\nif len(sys.argv) == 1:\n    print('first')\n    os.execv(sys.executable, [sys.executable] + sys.argv + ['again'])\nprint('second', sys.argv[1:])\n", "first\nsecond ['again']\n", "", 0},
		{"script", "import os, sys\nif len(sys.argv) > 1:\n    print('child', sys.argv[1])\nelse:\n    os.execv(sys.executable, ['python3', 'x.py', 'arg'])\n", "child arg\n", "", 0},
		{"module", "import os, sys\nif __name__ == '__main__' and len(sys.argv) == 1:\n    os.execv(sys.executable, ['python3', '-m', 'x', 'z'])\nprint(__name__, sys.argv[1:])\n", "__main__ ['z']\n", "", 0},
		{"enoent", "import os\ntry:\n    os.execv('/nope', ['nope'])\nexcept OSError as e:\n    print(type(e).__name__, e)\n", "FileNotFoundError [Errno 2] No such file or directory\n", "", 0},
		{"enoent execve", "import os\ntry:\n    os.execve('/nope', ['nope'], {})\nexcept OSError as e:\n    print(type(e).__name__, e)\n", "FileNotFoundError [Errno 2] No such file or directory: '/nope'\n", "", 0},
		{"eacces dir", "import os\ntry:\n    os.execv('/usr/bin', ['x'])\nexcept OSError as e:\n    print(type(e).__name__, e)\n", "PermissionError [Errno 13] Permission denied\n", "", 0},
		{"eacces script", "import os\ntry:\n    os.execv('x.py', ['x'])\nexcept OSError as e:\n    print(type(e).__name__, e)\n", "PermissionError [Errno 13] Permission denied\n", "", 0},
		{"execvp", "import os\nos.execvp('python3', ['python3', '-c', 'print(1)'])\n", "1\n", "", 0},
		{"execlp missing", "import os\nos.execlp('nosuchprog', 'nosuchprog')\n", "", "FileNotFoundError: [Errno 2] No such file or directory", 1},
		{"empty argv", "import os\nos.execv('/bin/sh', [])\n", "", "ValueError: execv() arg 2 must not be empty", 1},
		{"syntax error", "import os, sys\nos.execv(sys.executable, ['python3', '-c', 'print(('])\n", "", "SyntaxError: '(' was never closed", 1},
		{"sh exit", "import os\nos.execv('/bin/sh', ['sh', '-c', 'exit 3'])\n", "", "", 3},
		{"sh echo", "import os\nos.execl('/bin/sh', 'sh', '-c', 'echo a; false || echo b $?; true && echo c')\n", "a\nb 1\nc\n", "", 0},
		{"sh not found", "import os\nos.execl('/bin/sh', 'sh', '-c', 'foo')\n", "", "sh: 1: foo: not found", 127},
		{"sh pipe", "import os\nos.execl('/bin/sh', 'sh', '-c', 'echo hi | cat; echo $?')\n", "hi\n0\n", "", 0},
		{"sh bg", "import os\nos.execl('/bin/sh', 'sh', '-c', 'sleep 0.1 & echo started; wait; echo done')\n", "started\ndone\n", "", 0},
		{"sh devnull", "import os\nos.execl('/bin/sh', 'sh', '-c', 'echo gone >/dev/null; echo err 1>&2')\n", "", "err", 0},
		{"cloexec", "import os, sys\nr, w = os.pipe()\nos.set_inheritable(w, True)\nos.execv(sys.executable, ['python3', '-c', 'import os\\nfor fd in (%d, %d):\\n    try:\\n        print(fd, os.get_inheritable(fd))\\n    except OSError as e:\\n        print(fd, e.errno)' % (r, w)])\n", "3 9\n4 True\n", "", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := execRun(t, c.src)
			if o.Stdout != c.stdout || o.LastErr != c.lastErr || o.Status != c.status {
				t.Errorf("got stdout %q, stderr %q, status %d\nwant stdout %q, stderr %q, status %d", o.Stdout, o.LastErr, o.Status, c.stdout, c.lastErr, c.status)
			}
		})
	}
}

// TestExecKeepsProcess checks what exec keeps: pid, parent, children,
// process group, ignored dispositions and pending signals; handlers reset.
func TestExecKeepsProcess(t *testing.T) {
	src := `import os, sys, signal, time
if len(sys.argv) == 1:
    signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    signal.signal(signal.SIGUSR2, lambda *a: None)
    pid = os.fork()
    if pid == 0:
        time.sleep(0.5)
        os._exit(7)
    os.execv(sys.executable, [sys.executable, 'x.py', str(pid)])
pid = int(sys.argv[1])
os.kill(os.getpid(), signal.SIGUSR1)
print('alive after SIGUSR1')
print(os.waitpid(pid, 0)[1] >> 8)
os.kill(os.getpid(), signal.SIGUSR2)
print('not reached')
`
	o := execRun(t, src)
	if o.Stdout != "alive after SIGUSR1\n7\n" || o.Status != -12 && o.Status != 128+12 {
		t.Errorf("got %q status %d", o.Stdout, o.Status)
	}
	s := runSource(t, "x.py", []byte(src), Overrides{})
	var execs []kernel.Event
	for _, e := range s.Kernel().Events() {
		if e.Kind == kernel.EventExec && e.PID == s.Main() {
			execs = append(execs, e)
		}
	}
	if len(execs) != 2 || !strings.HasPrefix(execs[1].Cmdline, "/usr/bin/python3 x.py ") {
		t.Errorf("main's execs: %+v", execs)
	}
}

// TestSystemPSShowsZombie: ps from inside the program prints the
// simulated table as procps-ng 4.0.2 does, zombie included: the terminal's
// session (bash leads it, the program's group is in the foreground: Ss, S+,
// Z+), WCHAN, F (1: forked, no exec), the sizes measured per program, and
// the column layout (a right-aligned value catches up with its column when
// padding allows). The layouts were compared with the real ps on the same
// family of processes (docs/facts/linux.md §4).
func TestSystemPSShowsZombie(t *testing.T) {
	for _, c := range []struct{ cmd, want string }{
		{"ps -o pid,stat,cmd", "  PID STAT CMD\n 1000 Ss   bash\n 1001 S+   python3 x.py\n 1002 Z+   [python3] <defunct>\n" +
			" 1003 S+   python3 x.py\n 1004 S+   sh -c ps -o pid,stat,cmd\n 1005 R+   ps -o pid,stat,cmd\n"},
		{"ps", "  PID TTY          TIME CMD\n 1000 pts/0    00:00:00 bash\n 1001 pts/0    00:00:00 python3\n" +
			" 1002 pts/0    00:00:00 python3\n 1003 pts/0    00:00:00 python3\n 1004 pts/0    00:00:00 sh\n 1005 pts/0    00:00:00 ps\n"},
		{"ps -l --ppid 1001", "F S   UID   PID  PPID  C PRI  NI ADDR SZ WCHAN  TTY          TIME CMD\n" +
			"1 Z     0  1002  1001  0  80   0 -     0 -      pts/0    00:00:00 python3\n" +
			"1 S     0  1003  1001  0  80   0 -  4140 hrtime pts/0    00:00:00 python3\n" +
			"0 S     0  1004  1001  0  80   0 -   648 do_wai pts/0    00:00:00 sh\n"},
		{"ps axjf", " PPID   PID  PGID   SID TTY      TPGID STAT   UID   TIME COMMAND\n" +
			"    0     1     1     1 ?           -1 Ss       0   0:00 init\n" +
			"    1  1000  1000  1000 pts/0     1001 Ss       0   0:00  \\_ bash\n" +
			" 1000  1001  1001  1000 pts/0     1001 S+       0   0:00      \\_ python3 x.py\n" +
			" 1001  1002  1001  1000 pts/0     1001 Z+       0   0:00          \\_ [python3] <defunct>\n" +
			" 1001  1003  1001  1000 pts/0     1001 S+       0   0:00          \\_ python3 x.py\n" +
			" 1001  1004  1001  1000 pts/0     1001 S+       0   0:00          \\_ sh -c ps axjf\n" +
			" 1004  1005  1001  1000 pts/0     1001 R+       0   0:00              \\_ ps axjf\n"},
		{"ps u --ppid 1001", "USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n" +
			"root      1002  0.0  0.0      0     0 pts/0    Z+   00:00   0:00 [python3] <defunct>\n" +
			"root      1003  0.0  0.0  16560  9964 pts/0    S+   00:00   0:00 python3 x.py\n" +
			"root      1004  0.0  0.0   2592  1708 pts/0    S+   00:00   0:00 sh -c ps u --ppid 1001\n"},
		{"ps -o pid,wchan,comm:3,pid:2,stat:1,ppid,user:2 --ppid 1001", "  PID WCHAN  COMMAND PID STAT PPID USER\n" +
			" 1002 -      pyt 1002 Z+ 1001 root\n 1003 hrtime pyt 1003 S+ 1001 root\n 1004 do_wai sh 1004 S+ 1001 root\n"},
		{"ps -jH -p 1,1000", "  PID  PGID   SID TTY          TIME CMD\n    1     1     1 ?        00:00:00 init\n" +
			" 1000  1000  1000 pts/0    00:00:00   bash\n"},
	} {
		o := execRun(t, `import os, time
pid = os.fork()
if pid == 0:
    os._exit(0)
if os.fork() == 0:
    time.sleep(5)
    os._exit(0)
time.sleep(0.5)
os.system('`+c.cmd+`')
`)
		if o.Stdout != c.want {
			t.Errorf("%s: got\n%swant\n%s", c.cmd, o.Stdout, c.want)
		}
	}
}

// TestSystemIgnoresSIGINTWhileWaiting: glibc's system() ignores SIGINT and
// SIGQUIT in the caller until the shell has been reaped, then restores
// them (here: a SIGINT sent by the shell to its parent is lost).
func TestSystemIgnoresSIGINTWhileWaiting(t *testing.T) {
	o := execRun(t, `import os, signal
got = []
signal.signal(signal.SIGINT, lambda *a: got.append('INT'))
print(os.system('kill -INT $PPID; exit 4') >> 8, got)
os.kill(os.getpid(), signal.SIGINT)
print(got)
`)
	if o.Stdout != "4 []\n['INT']\n" {
		t.Errorf("got %q", o.Stdout)
	}
}

// TestAwkRefusals: what the simulated awk does not model is refused with a
// message naming it and mawk's status for errors, never run differently:
// for (k in a) (mawk's order is its hash table's), output redirection
// (it would write files), getline, user functions and rand.
func TestAwkRefusals(t *testing.T) {
	for _, c := range []struct{ prog, refused string }{
		{`BEGIN { a[1]; for (k in a) print k }`, "for (key in array), whose order is mawk's hash table's"},
		{`{ print $1 > "out" }`, "output redirection (print > file, print | command)"},
		{`{ print | "cat" }`, "output redirection (print > file, print | command)"},
		{`{ getline; print }`, "getline"},
		{`function f(x) { return x } { print f(1) }`, "user-defined functions"},
		{`BEGIN { print rand() }`, "rand(), whose numbers are mawk's generator's"},
	} {
		o := execRun(t, "import subprocess\nr = subprocess.run(['awk', '"+strings.ReplaceAll(c.prog, "'", `\'`)+"'], input='x y\\n', capture_output=True, text=True)\nprint(r.returncode, repr(r.stdout), r.stderr, end='')\n")
		want := "2 '' awk: " + c.refused + " is not supported by the simulator's awk\n"
		if o.Stdout != want {
			t.Errorf("%s: got %q, want %q", c.prog, o.Stdout, want)
		}
	}
}
