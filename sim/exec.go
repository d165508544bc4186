// execve of a user program: the simulated file system decides what a path
// is (sim/userland.Lookup, the scenario's own file), and the program that
// runs after a successful exec is a fresh interpreter: CPython for python3
// (`-c`, a script, `-m`), or one of the userland's Python-subset programs
// (/bin/sh, ps, sleep ...) run hidden, with no line events of their own.

package sim

import (
	"errors"
	"fmt"
	"path"
	"strconv"
	"strings"

	"zombielab/sim/kernel"
	"zombielab/sim/pyast"
	"zombielab/sim/pyvm"
	"zombielab/sim/userland"
)

// Start-up costs of exec'd programs (measured on this machine with
// `perf stat -r 20`-style loops of `python3 -c pass` and `sh -c true`:
// CPython 3.11 and 3.13 start in 12–25 ms; dash and the coreutils in about
// 0.5–1.5 ms). The spawn workers' start-up (Costs.Startup) is longer
// because it also imports multiprocessing.
var (
	pythonStartup   = ms(12, 25)
	userlandStartup = ms(0.5, 1.5)
)

// image is what an exec installs: a prepared interpreter and how long it
// takes to reach its first instruction.
type image struct {
	in      *pyvm.Interp
	startup Span
}

// cwd is the simulated working directory, where the scenario's file is
// (host_fs.go: /root).
func (s *System) cwd() string {
	if strings.HasPrefix(s.opt.File, "/") {
		return path.Dir(s.opt.File)
	}
	return "/root"
}

// abs makes a path absolute against cwd.
func (s *System) abs(p string) string {
	if strings.HasPrefix(p, "/") {
		return path.Clean(p)
	}
	return path.Join(s.cwd(), p)
}

// absIn makes a path absolute against dir, a process's working directory.
func absIn(dir, p string) string {
	if strings.HasPrefix(p, "/") {
		return path.Clean(p)
	}
	return path.Join(dir, p)
}

// cwdOf is pid's working directory (os.chdir, kept across exec as the
// kernel keeps fs->pwd): what exec resolves relative paths against and the
// new program starts in.
func (s *System) cwdOf(pid kernel.PID) string {
	if p, ok := s.procs[pid]; ok && p.in != nil {
		return pyvm.Cwd(p.in)
	}
	return s.cwd()
}

// cwdPrologue starts a new program in dir (nothing when it is the default).
func (s *System) cwdPrologue(dir string) string {
	if dir == s.cwd() {
		return ""
	}
	return "os." + pyvm.CwdAttr + " = " + pyBytes(dir) + ".decode()\n"
}

// readUser reads a regular file of the simulated file system by any path
// that names it (the scenario's file, relative or absolute).
func (s *System) readUser(p string) ([]byte, bool) {
	if b, ok := s.readFile(p); ok {
		return b, true
	}
	if s.abs(p) == s.abs(s.opt.File) {
		return s.opt.Source, true
	}
	if fs, ok := any(&host{s: s}).(fileStore); ok && s.abs(p) != "/dev/null" {
		if b, err := fs.ReadFile(s.abs(p)); err == nil {
			return b, true
		}
	}
	return nil, false
}

// resolveExec is the path walk of execve (fs/exec.c do_open_execat) and
// the choice of a binary format (search_binary_handler): the program to
// run and its argv, or the errno Linux gives. A directory and a file
// without an execute bit (the scenario's .py file, a file the program
// wrote and did not chmod) give EACCES, a missing file ENOENT, a path
// through a file ENOTDIR; an executable file of the program's that starts
// with #! runs its interpreter (binfmt_script), any other gives ENOEXEC,
// as a text file without #! does on Linux (there is no ELF here).
func (s *System) resolveExec(cwd, p string, argv []string) (string, []string, error) {
	return s.resolveExecDepth(cwd, p, argv, 0)
}

// maxScriptDepth is how many #! interpreters may be scripts themselves
// (fs/exec.c: the bprm recursion stops after 5 levels with ELOOP).
const maxScriptDepth = 4

func (s *System) resolveExecDepth(cwd, p string, argv []string, depth int) (string, []string, error) {
	if p == "" {
		return "", nil, pyvm.Errno(errnoENOENT)
	}
	abs := absIn(cwd, p)
	mode, set := s.lib.modes[abs]
	kind, prog := userland.Lookup(abs)
	switch kind {
	case userland.Executable:
		if set && mode&0o111 == 0 {
			return "", nil, pyvm.Errno(errnoEACCES)
		}
		return prog, argv, nil
	case userland.Directory, userland.Device:
		return "", nil, pyvm.Errno(errnoEACCES)
	case userland.NotDir:
		return "", nil, pyvm.Errno(errnoENOTDIR)
	}
	src, ok := s.readUser(abs)
	switch {
	case !ok:
		return "", nil, pyvm.Errno(errnoENOENT)
	case mode&0o111 == 0:
		return "", nil, pyvm.Errno(errnoEACCES)
	}
	interp, arg, ok := shebang(src)
	if !ok {
		return "", nil, pyvm.Errno(errnoENOEXEC)
	}
	if depth >= maxScriptDepth {
		return "", nil, pyvm.Errno(errnoELOOP)
	}
	next := []string{interp}
	if arg != "" {
		next = append(next, arg)
	}
	next = append(next, p)
	if len(argv) > 1 {
		next = append(next, argv[1:]...)
	}
	return s.resolveExecDepth(cwd, interp, next, depth+1)
}

// shebang reads a #! line as Linux's load_script does (fs/binfmt_script.c,
// 5.1+): within the first 256 bytes, the interpreter after optional blanks
// and one optional argument, the rest of the line with its outer blanks
// trimmed. No #!, no interpreter, or a line too long to hold the whole
// interpreter name, is not a script.
func shebang(src []byte) (interp, arg string, ok bool) {
	const bufSize = 256 // BINPRM_BUF_SIZE
	if len(src) < 2 || src[0] != '#' || src[1] != '!' {
		return "", "", false
	}
	buf := src[2:min(len(src), bufSize)]
	line, _, found := strings.Cut(string(buf), "\n")
	line = strings.Trim(line, " \t")
	interp, arg, _ = strings.Cut(strings.Replace(line, "\t", " ", -1), " ")
	if interp == "" || !found && len(src) > bufSize && arg == "" {
		return "", "", false
	}
	return interp, strings.Trim(arg, " \t"), true
}

// The errnos of file system calls (the kernel's table has no files).
const (
	errnoENOENT  = 2
	errnoENOEXEC = 8
	errnoEACCES  = 13
	errnoEEXIST  = 17
	errnoENOTDIR = 20
	errnoEISDIR  = 21
	errnoELOOP   = 40
)

// lookPath resolves the file a fork_exec runs, and its argv (rewritten
// for a #! script): path itself, or with search each PATH directory of env
// (os.get_exec_path: defpath when env has no PATH) in turn.
func (s *System) lookPath(cwd, file string, argv, env []string, search bool) (string, []string, error) {
	if !search || strings.Contains(file, "/") {
		return s.resolveExec(cwd, file, argv)
	}
	dirs := "/bin:/usr/bin"
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "PATH="); ok {
			dirs = v
		}
	}
	var first, last error
	for _, d := range strings.Split(dirs, ":") {
		full := file
		if d != "" {
			full = strings.TrimSuffix(d, "/") + "/" + file
		}
		prog, args, err := s.resolveExec(cwd, full, argv)
		if err == nil {
			return prog, args, nil
		}
		last = err
		if first == nil && err != pyvm.Errno(errnoENOENT) && err != pyvm.Errno(errnoENOTDIR) {
			first = err
		}
	}
	if first != nil {
		return "", nil, first
	}
	return "", nil, last
}

// execve replaces pid's program (os.execv and friends): on success the
// calling interpreter is dropped and the new one runs at the same pid,
// with env as its os.environ.
func (s *System) execve(pid kernel.PID, file string, argv, env []string) error {
	cwd := s.cwdOf(pid)
	prog, argv, err := s.resolveExec(cwd, file, argv)
	if err != nil {
		return err
	}
	img := s.image(prog, argv, cwd)
	if err := img.in.RunPrologue([]byte(environPrologue(env) + s.cwdPrologue(cwd))); err != nil {
		panic("sim: environment prologue: " + err.Error())
	}
	cmdline := strings.Join(argv, " ")
	if err := s.k.Execve(pid, cmdline); err != nil {
		return errnoOf(err)
	}
	s.execed(s.k.Getppid(pid), pid, cmdline)
	s.adopt(pid, img.in, img.startup)
	return nil
}

// image prepares the program a successful exec runs. Errors the new
// program itself would report (a script that does not parse, a missing
// module for -m) become a small program that prints them and exits, since
// the exec itself succeeded.
func (s *System) image(prog string, argv []string, cwd string) image {
	if prog == userland.Python {
		return image{s.pythonImage(argv, cwd), pythonStartup}
	}
	in := s.newInterp(argv)
	file, src, ok := userland.Program(prog)
	if !ok {
		return image{s.failing(argv, prog+": not installed in the simulated userland\n", 127), userlandStartup}
	}
	if err := in.RunHidden(file, src); err != nil {
		panic("sim: userland program " + prog + " does not compile: " + err.Error())
	}
	return image{in, userlandStartup}
}

// failing is a program that writes msg to stderr and exits with code.
func (s *System) failing(argv []string, msg string, code int) *pyvm.Interp {
	in := s.newInterp(argv)
	src := "import os\nos.write(2, " + pyBytes(msg) + ")\nos._exit(" + strconv.Itoa(code) + ")\n"
	if err := in.RunHidden("<zombielab>", []byte(src)); err != nil {
		panic("sim: " + err.Error())
	}
	return in
}

// pythonImage is CPython's command line (Modules/main.c pymain_run_python,
// Python/getopt.c): options, then -c CODE, -m MODULE, a script, or nothing
// (the script is read from stdin, which is empty here: exit 0).
func (s *System) pythonImage(argv []string, cwd string) *pyvm.Interp {
	prog := "python3"
	if len(argv) > 0 {
		prog = argv[0]
	}
	i := 1
	for ; i < len(argv); i++ {
		a := argv[i]
		if a == "-" || !strings.HasPrefix(a, "-") || a == "--" {
			if a == "--" {
				i++
			}
			break
		}
		if a == "-c" || a == "-m" || strings.HasPrefix(a, "-c") || strings.HasPrefix(a, "-m") {
			break
		}
		if strings.Trim(a[1:], "bBdEhiIOqsSuvVx") == "" {
			continue
		}
		if a == "-W" || a == "-X" {
			i++
			continue
		}
		if strings.HasPrefix(a, "-W") || strings.HasPrefix(a, "-X") {
			continue
		}
		return s.failing(argv, "Unknown option: "+a+"\nusage: "+prog+" [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n", 2)
	}
	if i >= len(argv) || argv[i] == "-" {
		return s.failing(argv, "", 0)
	}
	a := argv[i]
	switch {
	case strings.HasPrefix(a, "-c"):
		code, rest := strings.TrimPrefix(a, "-c"), argv[i+1:]
		if code == "" {
			if len(rest) == 0 {
				return s.failing(argv, "Argument expected for the -c option\nusage: "+prog+" [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n", 2)
			}
			code, rest = rest[0], rest[1:]
		}
		return s.pythonMain(argv, append([]string{"-c"}, rest...), "<string>", []byte(code))
	case strings.HasPrefix(a, "-m"):
		mod, rest := strings.TrimPrefix(a, "-m"), argv[i+1:]
		if mod == "" {
			if len(rest) == 0 {
				return s.failing(argv, "Argument expected for the -m option\nusage: "+prog+" [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n", 2)
			}
			mod, rest = rest[0], rest[1:]
		}
		file := strings.ReplaceAll(mod, ".", "/") + ".py"
		src, ok := s.readUser(absIn(cwd, file))
		if !ok {
			return s.failing(argv, "/usr/bin/python3: No module named "+mod+"\n", 1)
		}
		return s.pythonMain(argv, append([]string{absIn(cwd, file)}, rest...), file, src)
	}
	src, ok := s.readUser(absIn(cwd, a))
	if !ok {
		return s.failing(argv, prog+": can't open file '"+absIn(cwd, a)+"': [Errno 2] No such file or directory\n", 2)
	}
	return s.pythonMain(argv, argv[i:], a, src)
}

// pythonMain runs src as __main__ with sys.argv; a compile error is
// printed as CPython prints it and ends the process with status 1.
func (s *System) pythonMain(argv, sysArgv []string, file string, src []byte) *pyvm.Interp {
	in := s.newInterp(sysArgv)
	if err := in.RunMain(file, src, "__main__"); err != nil {
		return s.failing(argv, syntaxErrorText(err, src), 1)
	}
	return in
}

// syntaxErrorText is how CPython reports a program that does not compile
// (Python/pythonrun.c print_exception for a SyntaxError): the file and
// line, the line itself with a caret, and the message. A construct the
// simulator does not support is reported as the simulator's refusal.
func syntaxErrorText(err error, src []byte) string {
	var pe *pyast.Error
	if !errors.As(err, &pe) || strings.Contains(pe.Msg, "not supported by the simulator") {
		return "zombielab: " + err.Error() + "\n"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", pe.File, pe.Pos.Line)
	lines := strings.Split(string(src), "\n")
	if pe.Pos.Line >= 1 && pe.Pos.Line <= len(lines) {
		line := lines[pe.Pos.Line-1]
		trimmed := strings.TrimLeft(line, " \t")
		col := max(pe.Pos.Col-(len(line)-len(trimmed)), 1)
		fmt.Fprintf(&b, "    %s\n    %s^\n", trimmed, strings.Repeat(" ", col-1))
	}
	msg := pe.Msg
	if !strings.Contains(msg, "Error: ") {
		msg = "SyntaxError: " + msg
	}
	b.WriteString(msg + "\n")
	return b.String()
}

// environPrologue sets os.environ to env before the program's first line
// (the kernel hands envp to the new program; CPython builds os.environ
// from it).
func environPrologue(env []string) string {
	var b strings.Builder
	b.WriteString("import os\nos.environ.clear()\n")
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		b.WriteString("os.environ[" + pyBytes(k) + ".decode()] = " + pyBytes(v) + ".decode()\n")
	}
	return b.String()
}

// pyBytes is a Python bytes literal holding s.
func pyBytes(s string) string {
	var b strings.Builder
	b.WriteString("b'")
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' || c == '\'':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			const hex = "0123456789abcdef"
			b.WriteString("\\x")
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	b.WriteByte('\'')
	return b.String()
}
