package sim

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"zombielab/sim/kernel"
)

var execSweepSeeds = flag.Int("exec-sweep", 300, "how many random exec/exit/wait programs TestExecSweep runs")

// execProgram writes a random program of forks, execs (python3 -c, sh -c,
// true, a missing file), exits, waits (blocking, WNOHANG, -1 and by pid),
// kills, sleeps, os.system and subprocess calls, nested up to depth.
func execProgram(r *Rand, depth int, indent string) string {
	var b strings.Builder
	n := int(r.Between(1, 6))
	for i := 0; i < n; i++ {
		b.WriteString(execStatement(r, depth, indent))
	}
	return b.String()
}

func execStatement(r *Rand, depth int, in string) string {
	pick := r.Between(0, 13)
	if depth <= 0 && pick < 3 {
		pick = 3 + pick
	}
	switch pick {
	case 0: // fork a child that runs a program and exits
		body := execProgram(r, depth-1, in+"    ")
		return fmt.Sprintf("%spid = os.fork()\n%sif pid == 0:\n%s%s    os._exit(%d)\n%skids.append(pid)\n",
			in, in, body, in, r.Between(0, 4), in)
	case 1: // exec python3 -c with a smaller program
		code := "import os, sys, time, subprocess\nkids = []\n" + execProgram(r, depth-1, "")
		return fmt.Sprintf("%sos.execv(sys.executable, [sys.executable, '-c', %s])\n", in, strconv.Quote(code))
	case 2: // a shell in the child
		cmds := []string{"exit 3", "sleep 0.01 & wait", "true | cat", "foo", "echo x >/dev/null; exit 1", "sleep 0.02 &"}
		return fmt.Sprintf("%spid = os.fork()\n%sif pid == 0:\n%s    os.execv('/bin/sh', ['sh', '-c', %q])\n%skids.append(pid)\n",
			in, in, in, cmds[r.Between(0, int64(len(cmds)-1))], in)
	case 3:
		return fmt.Sprintf("%stry:\n%s    os.waitpid(-1, 0)\n%sexcept ChildProcessError:\n%s    pass\n", in, in, in, in)
	case 4:
		return fmt.Sprintf("%stry:\n%s    os.waitpid(-1, os.WNOHANG)\n%sexcept ChildProcessError:\n%s    pass\n", in, in, in, in)
	case 5:
		return fmt.Sprintf("%sfor k in kids:\n%s    try:\n%s        os.waitpid(k, 0)\n%s    except ChildProcessError:\n%s        pass\n", in, in, in, in, in)
	case 6:
		return fmt.Sprintf("%stime.sleep(%.3f)\n", in, float64(r.Between(0, 30))/1000)
	case 7:
		return fmt.Sprintf("%sfor k in kids:\n%s    try:\n%s        os.kill(k, 9)\n%s    except ProcessLookupError:\n%s        pass\n", in, in, in, in, in)
	case 8:
		return fmt.Sprintf("%sos.system('true')\n", in)
	case 9:
		return fmt.Sprintf("%ssubprocess.run(['sh', '-c', 'exit 2'])\n", in)
	case 10:
		return fmt.Sprintf("%skids.append(subprocess.Popen(['sleep', '0.01']).pid)\n", in)
	case 11:
		return fmt.Sprintf("%stry:\n%s    os.execv('/nonexistent', ['x'])\n%sexcept OSError:\n%s    pass\n", in, in, in, in)
	case 12:
		return fmt.Sprintf("%sos.execv('/bin/true', ['true'])\n", in)
	}
	return fmt.Sprintf("%sos._exit(%d)\n", in, r.Between(0, 3))
}

// TestExecSweep runs random exec/exit/wait orders: none may panic or
// leave a process without an interpreter, and every run must end.
func TestExecSweep(t *testing.T) {
	n := *execSweepSeeds
	if testing.Short() {
		n = 40
	}
	execs := 0
	for seed := 1; seed <= n; seed++ {
		r := NewRand(uint64(seed))
		src := "import os, sys, time, subprocess\nkids = []\n" + execProgram(r, 2, "")
		func() {
			defer func() {
				if e := recover(); e != nil {
					t.Fatalf("seed %d: panic: %v\n%s", seed, e, src)
				}
			}()
			opt, _, err := Load("x.py", []byte(src), Overrides{StepCap: 200_000})
			if err != nil {
				t.Fatalf("seed %d: %v\n%s", seed, err, src)
			}
			s, err := New(opt)
			if err != nil {
				t.Fatalf("seed %d: %v\n%s", seed, err, src)
			}
			if why := s.RunToEnd(); why != AllExited {
				t.Errorf("seed %d: the run ended with %s\n%s", seed, why, src)
			}
			for _, e := range s.Kernel().Events() {
				if e.Kind == kernel.EventExec && e.PID != s.Main() {
					execs++
				}
			}
			for _, o := range s.Kernel().Terminal() {
				if strings.Contains(o.Data, "Traceback") || strings.Contains(o.Data, "zombielab:") {
					t.Errorf("seed %d: %q\n%s", seed, o.Data, src)
				}
			}
		}()
	}
	if execs < n {
		t.Errorf("only %d execs in %d programs: the sweep does not exercise exec", execs, n)
	}
	t.Logf("%d programs, %d execs", n, execs)
}
