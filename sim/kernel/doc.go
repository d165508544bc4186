// Package kernel models the part of a Linux kernel that decides how processes
// are born, die, linger as zombies and get reaped: the process table.
//
// It follows Linux (kernel/fork.c, kernel/exit.c, kernel/pid.c,
// kernel/signal.c, fs/pipe.c, 6.x) and the facts collected in
// docs/facts/linux.md, in the style of gVisor's pkg/sentry/kernel: one file
// per lifecycle concern, named states moved by one function that rejects
// illegal transitions, Wait(WaitOptions) → WaitResult with "nothing to report
// yet" kept apart from ECHILD.
//
// What it models:
//   - processes with typed pids, parents, ordered children, process groups,
//     command lines, and the states running, sleeping (in sleep, wait or
//     read/poll), zombie and reaped;
//   - fork with a cyclic pid allocator (alloc_pid), a pids-cgroup-like limit,
//     exec with close_fds semantics, _exit and death by signal;
//   - reparenting to the nearest living child subreaper or init
//     (find_new_reaper), auto-reaping under SIGCHLD=SIG_IGN or SA_NOCLDWAIT
//     (do_notify_parent), wait4 and waitid with WNOHANG and WNOWAIT;
//   - kill with default actions, dispositions and pending handled signals;
//   - blocked-signal masks per task, signals held pending while every task
//     blocks them, and sigwait (sigmask.go);
//     stop signals and SIGCONT, reported by WUNTRACED/WSTOPPED and
//     WCONTINUED waits;
//   - pipes with reference-counted open files, a 64 KiB buffer that blocks
//     writers, EOF, EPIPE/SIGPIPE, poll, O_NONBLOCK, and messages that
//     carry open files (an AF_UNIX socket's SCM_RIGHTS grafted onto a pipe;
//     a file in flight holds a reference; no unix_gc for cycles);
//   - listening stream sockets by address (an AF_UNIX path or a loopback
//     port): listen, connect and accept, a connection being two pipes, an
//     address table instead of socket files, an unbounded backlog
//     (unix.go);
//   - process descriptors (pidfd.go): pidfd_open, readable once the
//     process has exited, waitid(P_PIDFD) and pidfd_send_signal, naming
//     one process even after its pid is reused;
//   - init (pid 1) with a reaping policy and a shell that waits for the
//     scenario's main process, both driven by the kernel itself;
//   - a logical clock and a discrete-event scheduler where every process has
//     its own ready time, so processes run in parallel in logical time.
//
// What it deliberately does not model: sessions and controlling terminals
// (so no SIGHUP on hang-up, and SIGTSTP/SIGTTIN/SIGTTOU are not discarded
// for orphaned process groups), SA_NOCLDSTOP and SA_RESTART, ptrace,
// credentials (no EPERM from kill; a siginfo's si_uid is 0), rusage,
// real-time signals and signal queues (a pending signal is one bit, as for
// Linux's standard signals; a mask keeps real-time bits only to report
// them back), thread-directed signals (every signal goes to the process),
// memory, and files other than pipes,
// listening sockets and the terminal (which has no input: reading it gives
// EOF).
//
// The kernel never runs Python. An interpreter drives each user process: it
// asks Next which process runs, performs that process's system calls with the
// methods of Kernel (events are stamped Now), charges their cost with Charge,
// and retries a call that returned ErrBlocked when Next returns the process
// again — after running the handlers of any pending signal (PEP 475). A call
// that would block while a handled signal is pending returns EINTR instead;
// nanosleep and poll deadlines and a partial pipe write survive such
// interruptions until the call completes or CancelRetry forgets them. Init
// and the shell are driven by the kernel and never returned by Next.
//
// Everything here is deterministic: no goroutines, no wall clock, no map
// iteration order leaks into results. Same calls, same events.
package kernel
