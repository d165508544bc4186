# Helpers shared by the differential scenarios: what /proc says about a
# process, without touching multiprocessing's own bookkeeping.
import os


def _name(letter):
    # As docs/CHECKPOINTS.md counts them: Z is a zombie, X is gone, the rest alive.
    return {'Z': 'zombie', 'X': 'gone'}.get(letter, 'alive')


def state(pid):
    # From /proc/<pid>/stat: 'alive', 'zombie', or 'gone' once reaped.
    try:
        with open('/proc/%d/stat' % pid) as f:
            return _name(f.read().rsplit(') ', 1)[1][0])
    except FileNotFoundError:
        return 'gone'


def kids(pid):
    # The children of pid as sorted (role, state) pairs.
    out = []
    for d in os.listdir('/proc'):
        if not d.isdigit():
            continue
        try:
            with open('/proc/%s/stat' % d) as f:
                st = f.read().rsplit(') ', 1)[1].split()
            with open('/proc/%s/cmdline' % d, 'rb') as f:
                cmd = f.read().replace(b'\0', b' ').decode()
        except OSError:
            continue
        if int(st[1]) != pid:
            continue
        if 'multiprocessing.resource_tracker' in cmd:
            role = 'resource_tracker'
        elif 'multiprocessing.forkserver' in cmd:
            role = 'forkserver'
        else:
            role = 'worker'
        out.append((role, _name(st[0])))
    return sorted(out)


def wait_zombie(pid, timeout=20.0):
    # Poll /proc (not multiprocessing) until pid is a zombie, so that the
    # scenarios do not depend on how loaded the machine is.
    import time
    deadline = time.monotonic() + timeout
    while state(pid) != 'zombie' and time.monotonic() < deadline:
        time.sleep(0.005)
    return state(pid)
