// Package userland is the simulated machine's small set of executables
// and the subprocess module: the programs behind exec, os.system,
// os.popen and subprocess.
//
// Each program of bin/ is written in the Python subset and run by the
// simulator's VM, hidden (no line events, no traceback entries), as the
// C program it stands for: /bin/sh (a small dash), true, false, echo,
// sleep, cat, ls, grep, head, wc, kill, env, pwd and ps. They use the same os calls a scenario
// does (fork, execve, waitpid, pipe, dup2, kill, write), so the kernel
// sees a shell's children, pipes and waits exactly as it sees Python's,
// and the programs fork and block like any process. python3 (any of
// python, python3, python3.X) is not a file here: the simulator runs a
// fresh interpreter for it (`-c CODE`, a script, `-m MODULE`).
//
// The shell's own forks are os.fork (charged a Python fork child's
// start-up, 10-14 ms before 3.13, where dash's child runs at once);
// subprocess, os.system and posix_spawn children are made by the host's
// ForkExec, as _posixsubprocess does, and start at once.
//
// Why Python and not Go: a program written in Go would need a second kind
// of process in the scheduler (one that is not an interpreter), with its
// own blocking and forking; written in the subset, the shell's fork of a
// pipeline member is the same clone-in-the-middle-of-a-call as os.fork.
//
// The file system (Lookup) is Debian 12 with the merged /usr: /bin is
// /usr/bin, so every program is at both /bin/NAME and /usr/bin/NAME; /bin/sh
// and /bin/dash are the shell. Directories and /dev/null exist but cannot
// be executed (EACCES); anything else is ENOENT, and a path through a file
// is ENOTDIR. The scenario's own file is added by the simulator (a regular
// file without the execute bit: EACCES).
//
// The shell (bin/sh.py) understands: simple commands with NAME=value
// prefixes; redirections N>file, N>>file, N<file, N>&M, N>&- (to
// /dev/null, or to files when the simulated file system can open them);
// pipelines with | and !; lists with ;, &, &&, || and newlines; the
// compound commands if/then/elif/else/fi, while and until loops, for NAME
// [in WORDS], case with *, ?, [...] patterns, { } groups and ( ) subshells,
// with break N and continue N; $(( )) arithmetic (C's operators, ?: and
// assignments, division truncating toward zero); command substitution $( )
// and `...` (a forked subshell on a pipe); $?, $$, $!, $#, $0–$9,
// $NAME, ${NAME} unquoted (split on blanks) and in double quotes; 'single
// quotes' and backslashes; the builtins exit, echo (dash's, with backslash
// escapes and -n), printf (%s, %d), test and [ (strings, integers, -e -f
// -d -s -n -z; -x is refused: files have no modes), true, false, :, wait,
// kill, cd, set [--] ARGS, shift, export, unset and exec. A script runs as
// `sh FILE ARGS`. In a forked child (a background job, a pipeline member,
// a subshell) the last simple command is exec'd in place, as dash's
// EV_EXIT does, so `sh -c '(sleep 1)'` shows sh and its sleep child only;
// dash 0.5.12 does not do it for the -c string itself, nor in a loop body.
// The environment comes from execve's envp, as os.environ. External
// commands are searched in PATH (dash's default when unset). A missing
// command fails as dash does: "sh: 1: foo: not found" and status 127; one
// that cannot be executed: "Permission denied", 126; a syntax error: "sh:
// 1: Syntax error: ...", 2; an arithmetic error: "arithmetic expression:
// division by zero: ...", 2. Unquoted *, ? and [...] expand to the
// matching paths, sorted, as dash's expandmeta does (no match: the word
// stays). Not supported: functions, here-documents, set options (-e, -x
// ...), trap.
//
// ps (bin/ps.py) prints the simulated table in procps-ng 4.0.2's format
// (every process is on pts/0; %CPU, %MEM, VSZ and RSS are 0):
// the default PID TTY TIME CMD, -f, aux, and -o with pid, ppid, pgid,
// stat, s, time, tty, comm, cmd/args; selection -e/-A/ax, -p, --ppid. A
// zombie's command is "[comm] <defunct>", as /proc shows it.
//
// lib/subprocess.py is CPython's Lib/subprocess.py condensed (see its
// header), served to the interpreter's Loader.
package userland
