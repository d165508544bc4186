// The golden scenario harness: testdata/*.txt hold commands and the events
// and results they produce (etcd-io/raft's datadriven habit). Rewrite them
// with `go test ./sim/kernel -run TestScripts -update` and review the diff.

package kernel

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"zombielab/internal/golden"
)

// scriptCase is one command of a script and the output it expects.
type scriptCase struct {
	line int // of the command, 1-based
	cmd  string
	want string
	pre  []string // comment and blank lines before the command, kept on -update
}

func TestScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			runScriptFile(t, file)
		})
	}
}

func runScriptFile(t *testing.T, file string) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	cases, err := parseScript(string(src))
	if err != nil {
		t.Fatalf("%s:%v", file, err)
	}
	r := &scriptRunner{}
	var out strings.Builder
	for _, c := range cases {
		got, err := r.run(c.cmd)
		if err != nil {
			t.Fatalf("%s:%d: %s: %v", file, c.line, c.cmd, err)
		}
		if !*golden.Update && got != c.want {
			t.Errorf("%s:%d: %s\n--- got\n%s--- want\n%s", file, c.line, c.cmd, got, c.want)
		}
		for _, l := range c.pre {
			out.WriteString(l + "\n")
		}
		out.WriteString(c.cmd + "\n----\n" + got)
	}
	if *golden.Update {
		golden.Write(t, file, []byte(out.String()))
	}
}

// parseScript splits a script into cases: optional comment or blank lines,
// a command line, "----", then output lines up to a blank line or EOF.
func parseScript(src string) ([]scriptCase, error) {
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	var cases []scriptCase
	var pre []string
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l == "" || strings.HasPrefix(l, "#") {
			pre = append(pre, l)
			continue
		}
		c := scriptCase{line: i + 1, cmd: l, pre: pre}
		pre = nil
		if i+1 >= len(lines) || lines[i+1] != "----" {
			return nil, fmt.Errorf("%d: command %q is not followed by ----", i+1, l)
		}
		for i += 2; i < len(lines) && lines[i] != ""; i++ {
			c.want += lines[i] + "\n"
		}
		if i < len(lines) {
			pre = append(pre, "")
		}
		cases = append(cases, c)
	}
	return cases, nil
}

// scriptRunner executes commands against one kernel and reports the events
// each produced, then its result after "= ". Invariants are checked after
// every command.
type scriptRunner struct {
	k    *Kernel
	seen int // events already printed
}

func (r *scriptRunner) run(cmd string) (string, error) {
	f := strings.Fields(cmd)
	if f[0] != "new" && r.k == nil {
		r.k = New(Config{})
		r.seen = r.k.EventCount()
	}
	var result string
	var err error
	func() {
		defer func() {
			if v := recover(); v != nil {
				err = fmt.Errorf("panic: %v", v)
			}
		}()
		result, err = r.exec(f)
	}()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for i := r.seen; i < r.k.EventCount(); i++ {
		e := r.k.Event(i)
		if e.Fact() {
			continue
		}
		b.WriteString(e.String() + "\n")
	}
	r.seen = r.k.EventCount()
	if result != "" {
		b.WriteString(result)
		if !strings.HasSuffix(result, "\n") {
			b.WriteString("\n")
		}
	}
	if err := CheckInvariants(r.k); err != nil {
		return "", err
	}
	return b.String(), nil
}

func (r *scriptRunner) exec(f []string) (string, error) {
	a := scriptArgs(f[1:])
	k := r.k
	switch f[0] {
	case "new":
		cfg, err := parseConfig(f[1:])
		if err != nil {
			return "", err
		}
		r.k, r.seen = New(cfg), 0
		return "", nil
	case "spawn":
		pid, err := k.Spawn(strings.Join(f[1:], " "))
		return pidResult(pid, err), nil
	case "fork":
		pid, err := k.Fork(a.pid(0))
		return pidResult(pid, err), nil
	case "exec":
		return errResult(k.Exec(a.pid(0), strings.Join(f[2:], " "), nil)), nil
	case "exit":
		k.Exit(a.pid(0), a.status(1))
		return "", nil
	case "kill":
		return errResult(k.Kill(a.pid(0), a.pid(1), a.signal(2))), nil
	case "wait":
		res, err := k.Wait(a.pid(0), WaitOptions{Pid: a.int(1), Options: a.flags(2)})
		return waitResult(res, err), nil
	case "waitid":
		res, err := k.Waitid(a.pid(0), a.idtype(1), a.int(2), a.flags(3))
		return waitResult(res, err), nil
	case "sigaction":
		old, err := k.SetSignalAction(a.pid(0), a.signal(1), a.action(2))
		if err != nil {
			return errResult(err), nil
		}
		return "= was " + old.String(), nil
	case "take":
		if s, ok := k.TakePendingSignal(a.pid(0)); ok {
			return "= " + s.String(), nil
		}
		return "= none", nil
	case "subreaper":
		k.SetChildSubreaper(a.pid(0), a.word(1) == "on")
		return "", nil
	case "setpgid":
		return errResult(k.Setpgid(a.pid(0), a.pid(1), a.pid(2))), nil
	case "getppid":
		return fmt.Sprintf("= %d", k.Getppid(a.pid(0))), nil
	case "pipe":
		rfd, wfd, err := k.Pipe(a.pid(0))
		if err != nil {
			return errResult(err), nil
		}
		return fmt.Sprintf("= r=%d w=%d", rfd, wfd), nil
	case "read":
		data, err := k.Read(a.pid(0), a.int(1), a.int(2))
		if err != nil {
			return errResult(err), nil
		}
		switch {
		case len(data) == 0:
			return "= EOF", nil
		case len(data) > 40:
			return fmt.Sprintf("= %d bytes", len(data)), nil
		}
		return "= " + strconv.Quote(string(data)), nil
	case "write":
		n, err := k.Write(a.pid(0), a.int(1), []byte(strings.Join(f[3:], " ")))
		if err != nil {
			return errResult(err), nil
		}
		return fmt.Sprintf("= %d", n), nil
	case "writen": // writen PID FD N: write N bytes
		n, err := k.Write(a.pid(0), a.int(1), make([]byte, a.int(2)))
		if err != nil {
			return errResult(err), nil
		}
		return fmt.Sprintf("= %d", n), nil
	case "sendmsg": // sendmsg PID FD DATA [FDS...]
		var fds []int
		for i := 3; i < len(f)-1; i++ {
			fds = append(fds, a.int(i))
		}
		n, err := k.SendMsg(a.pid(0), a.int(1), []byte(a.word(2)), fds)
		if err != nil {
			return errResult(err), nil
		}
		return fmt.Sprintf("= %d", n), nil
	case "recvmsg": // recvmsg PID FD N
		data, fds, err := k.RecvMsg(a.pid(0), a.int(1), a.int(2))
		if err != nil {
			return errResult(err), nil
		}
		if len(data) == 0 {
			return fmt.Sprintf("= EOF fds=%v", fds), nil
		}
		return fmt.Sprintf("= %q fds=%v", data, fds), nil
	case "nonblock": // nonblock PID FD on|off
		return errResult(k.SetNonblock(a.pid(0), a.int(1), a.word(2) == "on")), nil
	case "close":
		return errResult(k.Close(a.pid(0), a.int(1))), nil
	case "poll":
		var fds []int
		for i := 2; i < len(f)-1; i++ {
			fds = append(fds, a.int(i))
		}
		ready, err := k.Poll(a.pid(0), fds, a.duration(1))
		if err != nil {
			return errResult(err), nil
		}
		return fmt.Sprintf("= %v", ready), nil
	case "sleep":
		return errResult(k.Nanosleep(a.pid(0), a.duration(1))), nil
	case "charge":
		k.Charge(a.pid(0), a.duration(1))
		return "", nil
	case "next":
		limit := Time(1 << 62)
		if len(f) > 1 {
			limit = Time(a.duration(0))
		}
		if pid, ok := k.Next(limit); ok {
			return fmt.Sprintf("= %d runs at %v", pid, k.Now()), nil
		}
		return fmt.Sprintf("= nothing runnable; now %v", k.Now()), nil
	case "ps":
		return FormatPS(k.Snapshot()), nil
	case "thread": // thread PID: start a thread of PID's process
		tid, err := k.StartThread(a.pid(0))
		return pidResult(tid, err), nil
	case "sigmask": // sigmask TID block|unblock|set SIG...
		how := map[string]How{"block": SigBlock, "unblock": SigUnblock, "set": SigSetmask}[a.word(1)]
		if a.word(1) == "bad" {
			how = 7
		}
		old, err := k.SetSigMask(a.pid(0), how, a.sigmask(2))
		if err != nil {
			return errResult(err), nil
		}
		return "= was " + old.String(), nil
	case "sigpending": // sigpending TID
		return "= " + k.SigPending(a.pid(0)).String(), nil
	case "sigwait", "sigwaitr": // sigwait TID TIMEOUT SIG...; sigwaitr restarts (sigwait(3))
		timeout := Duration(-1)
		if a.word(1) != "-" {
			timeout = a.duration(1)
		}
		s, info, err := k.SigWait(a.pid(0), a.sigmask(2), timeout, f[0] == "sigwaitr")
		if err != nil {
			return errResult(err), nil
		}
		return fmt.Sprintf("= %v code=%d from=%d status=%d", s, info.Code, info.From, info.Status), nil
	}
	return "", fmt.Errorf("unknown command %q", f[0])
}

func pidResult(pid PID, err error) string {
	if err != nil {
		return errResult(err)
	}
	return fmt.Sprintf("= %d", pid)
}

func errResult(err error) string {
	switch {
	case err == nil:
		return "= ok"
	case err == ErrBlocked:
		return "= blocked"
	}
	return "= error " + err.Error()
}

func waitResult(res WaitResult, err error) string {
	switch {
	case err != nil:
		return errResult(err)
	case res.PID == 0:
		return "= 0"
	}
	return fmt.Sprintf("= %d %v", res.PID, res.Status)
}

// scriptArgs parses positional arguments, remembering the first error.
type scriptArgs []string

func (a scriptArgs) word(i int) string {
	if i < len(a) {
		return a[i]
	}
	return ""
}

// int parses argument i; a malformed one panics, and run reports it as the
// command's error.
func (a scriptArgs) int(i int) int {
	n, err := strconv.Atoi(a.word(i))
	if err != nil {
		panic(fmt.Sprintf("argument %d: %q is not a number", i+1, a.word(i)))
	}
	return n
}

func (a scriptArgs) pid(i int) PID { return PID(a.int(i)) }

// status is an exit code or a signal name.
func (a scriptArgs) status(i int) WaitStatus {
	if s, ok := SignalByName(a.word(i)); ok {
		return Signaled(s)
	}
	return Exited(a.int(i))
}

func (a scriptArgs) signal(i int) Signal {
	if s, ok := SignalByName(a.word(i)); ok {
		return s
	}
	return Signal(a.int(i))
}

var flagNames = map[string]int{
	"WNOHANG": WNOHANG, "WUNTRACED": WUNTRACED, "WSTOPPED": WSTOPPED,
	"WEXITED": WEXITED, "WCONTINUED": WCONTINUED, "WNOWAIT": WNOWAIT,
}

// flags parses "0", "-1" or names joined by "|".
func (a scriptArgs) flags(i int) int {
	w := a.word(i)
	if n, err := strconv.Atoi(w); err == nil || w == "" {
		return n
	}
	opts := 0
	for _, name := range strings.Split(w, "|") {
		bit, ok := flagNames[name]
		if !ok {
			panic(fmt.Sprintf("unknown wait flag %q", name))
		}
		opts |= bit
	}
	return opts
}

func (a scriptArgs) idtype(i int) IDType {
	switch a.word(i) {
	case "pid":
		return PPID
	case "pgid":
		return PPGID
	case "all":
		return PAll
	}
	return IDType(a.int(i))
}

// sigmask reads the signals from word i on ("-" for none).
func (a scriptArgs) sigmask(i int) SigMask {
	var m SigMask
	for ; i < len(a) && a[i] != "-"; i++ {
		if n, err := strconv.Atoi(a[i]); err == nil {
			m = m.With(Signal(n))
			continue
		}
		m = m.With(a.signal(i))
	}
	return m
}

func (a scriptArgs) action(i int) SigAction {
	act := SigAction{NoCldWait: a.word(i+1) == "nocldwait"}
	switch a.word(i) {
	case "ign":
		act.Handler = SigIgnore
	case "handler":
		act.Handler = SigHandler
	}
	return act
}

func (a scriptArgs) duration(i int) Duration {
	d, err := parseDuration(a.word(i))
	if err != nil {
		panic(err.Error())
	}
	return d
}

// parseDuration reads "1.5s", "500ms", "10us", "7ns", "-1" (ns) exactly,
// without floating point.
func parseDuration(s string) (Duration, error) {
	units := []struct {
		suffix string
		d      Duration
	}{{"ns", Nanosecond}, {"us", Microsecond}, {"ms", Millisecond}, {"s", Second}}
	unit := Nanosecond
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			s, unit = strings.TrimSuffix(s, u.suffix), u.d
			break
		}
	}
	whole, frac, _ := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("bad duration %q", s)
	}
	d := Duration(w) * unit
	scale := unit
	for _, c := range frac {
		if c < '0' || c > '9' || scale < 10 {
			return 0, fmt.Errorf("bad duration %q", s)
		}
		scale /= 10
		d += Duration(c-'0') * scale
	}
	return d, nil
}

func parseConfig(args []string) (Config, error) {
	var cfg Config
	for _, arg := range args {
		key, val, _ := strings.Cut(arg, "=")
		n, _ := strconv.Atoi(val)
		switch key {
		case "pidmax":
			cfg.PidMax = n
		case "pidslimit":
			cfg.PidsLimit = n
		case "first":
			cfg.FirstPID = PID(n)
		case "noshell":
			cfg.NoShell = true
		case "delay":
			d, err := parseDuration(val)
			if err != nil {
				return cfg, err
			}
			cfg.InitDelay = d
		case "init":
			switch val {
			case "at-once":
				cfg.Init = InitReapsAtOnce
			case "late":
				cfg.Init = InitReapsLate
			case "never":
				cfg.Init = InitNeverReaps
			default:
				return cfg, fmt.Errorf("unknown init policy %q", val)
			}
		default:
			return cfg, fmt.Errorf("unknown option %q", arg)
		}
	}
	return cfg, nil
}
