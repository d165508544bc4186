# zombielab probe launcher: the parent of the scenario's main process.
#
# It makes itself a child subreaper (prctl PR_SET_CHILD_SUBREAPER, Linux
# 3.4+), so that every orphan of the family is reparented to it instead of
# to pid 1 and stays findable; it reaps every child at once when SIGCHLD
# arrives (like tini or systemd: an adopted zombie lives for microseconds,
# not the 1-2 s of this machine's pid 1). It runs main in a new process
# group, starts the `until` clock when main reports the scenario's first
# line ("t0 TIME" on the control pipe), and at `until`, when main reports
# the snapshot of until=LABEL#N ("stop"), or when main exits, SIGKILLs the
# whole group and reaps until it has no children left.
#
# argv: RUN_DIR PYTHON SCENARIO UNTIL_MS
import ctypes
import os
import signal
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


def exit_code(status):
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def start_main(python, scenario, t0_w, old_mask):
    pid = os.fork()
    if pid:
        return pid
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
        # As subprocess does with restore_signals=True.
        for name in ('SIGPIPE', 'SIGXFSZ'):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
        os.setpgid(0, 0)
        env = dict(os.environ, ZL_MAIN_PID=str(os.getpid()), ZL_CTL_FD=str(t0_w))
        os.execve(python, [python, scenario], env)
    finally:
        os._exit(127)


def marked(run):
    """pids of live processes whose environment carries this run's marker
    (a family member that left the process group)."""
    needle = ('ZL_RUN=' + run).encode() + b'\0'
    out = []
    for name in os.listdir('/proc'):
        if name.isdigit() and int(name) != os.getpid():
            try:
                with open('/proc/%s/environ' % name, 'rb') as f:
                    if needle in f.read() + b'\0':
                        out.append(int(name))
            except OSError:
                pass
    return out


def reap_all():
    """Reaps every zombie child; returns [(pid, status)], or None once no
    child is left at all."""
    out = []
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return out or None
        if pid == 0:
            return out
        out.append((pid, status))


def kill_family(pgid, run):
    while True:
        try:
            os.killpg(pgid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        for pid in marked(run):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if reap_all() is None and not marked(run):
            return
        time.sleep(0.005)


def main():
    run_dir, python, scenario, until_ms = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        sys.exit('zombielab launcher: prctl(PR_SET_CHILD_SUBREAPER): errno %d' % ctypes.get_errno())
    t0_r, t0_w = os.pipe()
    os.set_inheritable(t0_w, True)
    old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGCHLD])
    main_pid = start_main(python, scenario, t0_w, old_mask)
    with open(os.path.join(run_dir, 'main_pid.txt'), 'w') as f:
        f.write('%d\n' % main_pid)
    try:
        os.setpgid(main_pid, main_pid)
    except OSError:
        pass  # main already did it, or already exec'd
    os.close(t0_w)
    os.set_blocking(t0_r, False)
    t0, deadline, status, killed, ctl = None, None, None, False, b''
    while status is None and not killed:
        timeout = 0.05 if deadline is None else max(0.0, min(0.05, deadline - time.monotonic()))
        signal.sigtimedwait([signal.SIGCHLD], timeout)
        for pid, st in reap_all() or []:
            if pid == main_pid:
                status = st
        try:
            ctl += os.read(t0_r, 4096)
        except BlockingIOError:
            pass
        while b'\n' in ctl:
            line, ctl = ctl.split(b'\n', 1)
            word, _, arg = line.decode().partition(' ')
            if word == 't0' and t0 is None:
                t0 = float(arg)
                if until_ms > 0:
                    deadline = t0 + until_ms / 1000.0
            elif word == 'stop':
                killed = True  # main wrote the snapshot of until=LABEL#N
        if deadline is not None and time.monotonic() >= deadline:
            killed = True
    kill_family(main_pid, os.environ.get('ZL_RUN', '?'))
    if status is None:
        status = 9  # SIGKILLed by the launcher at `until`
    with open(os.path.join(run_dir, 'result.txt'), 'w') as f:
        f.write('exit %d\nkilled_at_until %d\nt0 %r\n' % (
            exit_code(status), 1 if killed else 0, t0))


if __name__ == '__main__':
    main()
