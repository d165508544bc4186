# pidfds (Linux 5.3+, CPython 3.9+): a descriptor that names one child. It
# turns readable when the child exits, so select() waits for a child beside
# a pipe; waitid(P_PIDFD) reaps exactly that child; a signal sent through
# it never reaches a process that took the pid over.
import os, select, signal, sys, time

if not hasattr(os, 'pidfd_open'):
    print('no os.pidfd_open before 3.9:', sys.version_info[:2] < (3, 9))
    sys.exit(0)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b'working\n')
    time.sleep(0.2)
    os._exit(7)
os.close(w)
pfd = os.pidfd_open(pid)
print('pidfd is a descriptor:', pfd > 2, 'inheritable:', os.get_inheritable(pfd))
events = []
open_fds = {r: 'pipe', pfd: 'pidfd'}
while 'pidfd' not in events:
    ready, _, _ = select.select(sorted(open_fds), [], [])
    for fd in ready:
        if fd == r:
            data = os.read(r, 100)
            events.append('pipe:' + (data.decode().strip() or 'EOF'))
            if not data:
                del open_fds[r]
        else:
            events.append('pidfd')
print(events[0], events[-1])
st = open('/proc/%d/stat' % pid).read().split()[2]
print('the child is a zombie now:', st)
info = os.waitid(os.P_PIDFD, pfd, os.WEXITED | os.WNOHANG)
print('waitid:', info.si_pid == pid, info.si_code == os.CLD_EXITED, info.si_status)
try:
    os.waitid(os.P_PIDFD, pfd, os.WEXITED)
except ChildProcessError as e:
    print('again:', e)
try:
    signal.pidfd_send_signal(pfd, signal.SIGTERM)
except ProcessLookupError as e:
    print('signal after the reap:', e)
print('still readable:', select.select([pfd], [], [], 0)[0] == [pfd])
try:
    os.read(pfd, 10)
except OSError as e:
    print('read:', e)
os.close(pfd)
os.close(r)

# A child killed through its pidfd, then reaped with a blocking waitid.
pid = os.fork()
if pid == 0:
    signal.pause()
    os._exit(0)
pfd = os.pidfd_open(pid)
print('not readable while it lives:', select.select([pfd], [], [], 0)[0] == [])
signal.pidfd_send_signal(pfd, signal.SIGKILL)
info = os.waitid(os.P_PIDFD, pfd, os.WEXITED)
print('killed:', info.si_code == os.CLD_KILLED, info.si_status == signal.SIGKILL)
os.close(pfd)

# Errors.
for args in [(-1,), (0,), (os.getpid(), 12345)]:
    try:
        os.pidfd_open(*args)
    except OSError as e:
        print('pidfd_open', args[1:] if len(args) > 1 else args[0] if args[0] <= 0 else 'self', e)
try:
    os.pidfd_open(pid)
except ProcessLookupError as e:
    print('reaped child:', e)
try:
    signal.pidfd_send_signal(0, signal.SIGTERM)
except OSError as e:
    print('stdin is no pidfd:', e)
try:
    os.waitid(os.P_PIDFD, 0, os.WEXITED)
except OSError as e:
    print('waitid on stdin:', e)
me = os.pidfd_open(os.getpid())
try:
    signal.pidfd_send_signal(me, 0, None, 8)
except OSError as e:
    print('flags:', e)
signal.pidfd_send_signal(me, 0)
print('signal 0 to myself: ok')
try:
    os.waitid(os.P_PIDFD, me, os.WEXITED | os.WNOHANG)
except ChildProcessError as e:
    print('not my child:', e)
if hasattr(os, 'PIDFD_NONBLOCK'):
    hold, release = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(release)
        os.read(hold, 1)  # until the parent has tried
        os._exit(0)
    os.close(hold)
    nb = os.pidfd_open(pid, os.PIDFD_NONBLOCK)
    try:
        os.waitid(os.P_PIDFD, nb, os.WEXITED)
    except BlockingIOError as e:
        print('nonblocking:', e)
    os.close(release)
    os.waitpid(pid, 0)
else:
    print('nonblocking:', '[Errno 11] Resource temporarily unavailable')
