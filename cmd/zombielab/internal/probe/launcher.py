# zombielab probe launcher: two processes above the scenario's main process.
#
# The guard is the process zombielab starts. It joins the run's cgroup when
# zombielab made one (ZL_CGROUP), makes itself a child subreaper
# (prctl PR_SET_CHILD_SUBREAPER, Linux 3.4+) and forks the launcher; then it
# only reaps. A program cannot leave the ppid chain under a living subreaper
# (setsid, a new process group or a clean environment change nothing): an
# orphan is reparented to the nearest subreaper above it. So when the
# launcher ends, even because the scenario SIGKILLed it, every process of
# the run left is a descendant of the guard, found by walking the ppid of
# /proc/*/stat; the guard SIGKILLs them all, reaps them and reports how many
# it had to kill in guard.txt.
#
# The launcher is main's parent and also a child subreaper, so the family's
# orphans are reparented to it and it reaps each at once when SIGCHLD
# arrives (like tini or systemd: an adopted zombie lives for microseconds,
# not the 1-2 s of this machine's pid 1). It runs main in a new process
# group, starts the `until` clock when main reports the scenario's first
# line ("t0 TIME" on the control pipe), and at `until`, when main reports
# the snapshot of until=LABEL#N ("stop"), or when main exits, SIGKILLs all
# its descendants and reaps until it has no children left.
#
# argv: RUN_DIR PYTHON SCENARIO UNTIL_MS
import ctypes
import os
import signal
import sys
import time
import traceback

PR_SET_CHILD_SUBREAPER = 36


def exit_code(status):
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def descendants(root):
    """pids of every process whose ppid chain leads to root, from
    /proc/*/stat (proc(5): after "pid (comm)" come state and ppid)."""
    children = {}
    for name in os.listdir('/proc'):
        if not name.isdigit():
            continue
        try:
            with open('/proc/%s/stat' % name, 'rb') as f:
                data = f.read()
        except OSError:
            continue
        fields = data[data.rindex(b')') + 2:].split()
        children.setdefault(int(fields[1]), []).append(int(name))
    out, todo = [], [root]
    while todo:
        for pid in children.get(todo.pop(), ()):
            out.append(pid)
            todo.append(pid)
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


def kill_descendants():
    """SIGKILLs every descendant until none is left (killed processes
    cannot fork, so this ends), reaping what is reparented here. Returns
    the pids found on the first pass."""
    me = os.getpid()
    first = None
    while True:
        found = descendants(me)
        if first is None:
            first = found
        for pid in found:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if reap_all() is None and not descendants(me):
            return first
        time.sleep(0.005)


def become_subreaper():
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        sys.exit('zombielab launcher: prctl(PR_SET_CHILD_SUBREAPER): errno %d' % ctypes.get_errno())


def join_cgroup():
    path = os.environ.get('ZL_CGROUP')
    if path:
        with open(os.path.join(path, 'cgroup.procs'), 'w') as f:
            f.write('%d\n' % os.getpid())


def start_main(python, scenario, ctl_w, old_mask):
    pid = os.fork()
    if pid:
        return pid
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
        # As subprocess does with restore_signals=True.
        for name in ('SIGPIPE', 'SIGXFSZ'):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
        os.setpgid(0, 0)
        env = dict(os.environ, ZL_MAIN_PID=str(os.getpid()), ZL_CTL_FD=str(ctl_w))
        os.execve(python, [python, scenario], env)
    finally:
        os._exit(127)


def launcher(run_dir, python, scenario, until_ms, old_mask):
    become_subreaper()
    ctl_r, ctl_w = os.pipe()
    os.set_inheritable(ctl_w, True)
    main_pid = start_main(python, scenario, ctl_w, old_mask)
    with open(os.path.join(run_dir, 'main_pid.txt'), 'w') as f:
        f.write('%d\n' % main_pid)
    try:
        os.setpgid(main_pid, main_pid)
    except OSError:
        pass  # main already did it, or already exec'd
    os.close(ctl_w)
    os.set_blocking(ctl_r, False)
    t0, deadline, status, killed, ctl = None, None, None, False, b''
    while status is None and not killed:
        timeout = 0.05 if deadline is None else max(0.0, min(0.05, deadline - time.monotonic()))
        signal.sigtimedwait([signal.SIGCHLD], timeout)
        for pid, st in reap_all() or []:
            if pid == main_pid:
                status = st
        try:
            ctl += os.read(ctl_r, 4096)
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
    try:
        os.killpg(main_pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    kill_descendants()
    if status is None:
        status = 9  # SIGKILLed by the launcher at `until`
    with open(os.path.join(run_dir, 'result.txt'), 'w') as f:
        f.write('exit %d\nkilled_at_until %d\nt0 %r\n' % (
            exit_code(status), 1 if killed else 0, t0))


def main():
    run_dir, python, scenario, until_ms = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    join_cgroup()
    become_subreaper()
    # SIGTERM from zombielab (a timeout, a cancelled run) asks the guard to
    # kill and reap the whole run, so that nothing is left as init's zombie.
    old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGCHLD, signal.SIGTERM])
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            launcher(run_dir, python, scenario, until_ms, old_mask)
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            os._exit(code)
    status = None
    while status is None:
        info = signal.sigtimedwait([signal.SIGCHLD, signal.SIGTERM], 0.5)
        if info is not None and info.si_signo == signal.SIGTERM:
            break
        for child, st in reap_all() or []:
            if child == pid:
                status = st
    left = kill_descendants()
    if status is None:
        status = signal.SIGTERM << 8  # stopped by zombielab: a normal end here
    with open(os.path.join(run_dir, 'guard.txt'), 'w') as f:
        f.write('launcher %d\nkilled %s\n' % (exit_code(status), ','.join(map(str, left))))


if __name__ == '__main__':
    main()
