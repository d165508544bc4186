# pstree on a family with a zombie, sleepers, a grandchild and two threads:
# the compacted tree (3*[python3], 2*[{python3}]), pids, process groups,
# command lines with the zombie in parentheses, the ancestors, ASCII and
# UTF-8 lines, and psmisc's messages.
import os, subprocess, sys, threading, time

# CPython run as python3.X names its processes python3.X, wider than the
# simulator's python3: run again as python3, so that the columns compare.
exe = os.path.join(os.path.dirname(sys.executable), 'python3')
if os.path.basename(sys.executable) != 'python3' and os.path.exists(exe):
    os.execv(exe, [exe] + sys.argv)

me = os.getpid()
names = {}


def fork(name, fn):
    pid = os.fork()
    if pid == 0:
        fn()
        os._exit(0)
    names[pid] = name
    return pid


def states(pid):
    # The state letter of each thread of pid, from /proc/PID/task/TID/stat.
    letters = []
    for tid in sorted(os.listdir('/proc/%d/task' % pid)):
        with open('/proc/%d/task/%s/stat' % (pid, tid)) as f:
            stat = f.read()
        letters.append(stat[stat.rindex(')') + 2])
    return letters


def settle(want):
    # Wait until every child is where the listings expect it: each thread
    # in its state (sleeping in its call, stopped, a zombie). A fixed
    # sleep raced a loaded machine.
    for _ in range(3000):
        if all(states(pid) == letters for pid, letters in want.items()):
            return
        time.sleep(0.01)
    print('not settled:', {names.get(p, p): states(p) for p in want})


def orphaned_sleep():
    # Sleep until the parent is gone (killed at the end), then go too: a
    # grandchild that slept a fixed time could end, and its parent with
    # it, while a loaded machine was still listing them.
    parent = os.getppid()
    while os.getppid() == parent:
        time.sleep(0.05)


def worker():
    if os.fork() == 0:
        orphaned_sleep()
        os._exit(0)
    ts = [threading.Thread(target=time.sleep, args=(60,)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


z = fork('Z', lambda: None)
s1 = fork('S1', lambda: time.sleep(60))
s2 = fork('S2', lambda: time.sleep(60))
w = fork('W', worker)
settle({z: ['Z'], s1: ['S'], s2: ['S'], w: ['S', 'S', 'S']})


def clean(text, squeeze):
    # Names instead of pids (a pid we do not know, pstree's own or a
    # thread's: N); python3.X is python3. With pids the columns depend on
    # their widths, so squeeze runs of spaces there.
    for v in range(8, 15):
        text = text.replace('python3.%d' % v, 'python3')
    out, k = '', 0
    while k < len(text):
        j = k
        while j < len(text) and text[j].isdigit():
            j += 1
        if j - k >= 3 and (k == 0 or not text[k - 1].isalnum()):
            n = int(text[k:j])
            out += 'MAIN' if n == me else names.get(n, 'N')
            k = j
        elif j > k:
            out += text[k:j]
            k = j
        else:
            out += text[k]
            k += 1
    lines = []
    for line in out.split('\n'):
        words = [('python3' if w.rsplit('/', 1)[-1] == 'python3' else w) for w in line.split(' ')]
        line = ' '.join(words)
        if squeeze:
            line = ' '.join(line.split())
        lines.append(line)
    return '\n'.join(lines)


def show(args):
    r = subprocess.run(['pstree'] + args + [str(me)], capture_output=True, text=True,
                       env={'LANG': 'C.UTF-8', 'PATH': os.environ['PATH']})
    print('$ pstree', ' '.join(args), 'MAIN', '->', r.returncode)
    print(clean(r.stdout, '-p' in args), end='')


show([])
show(['-A'])
show(['-U'])
show(['-c', '-A'])
show(['-T'])
show(['-p', '-A'])
show(['-n', '-p', '-A'])
show(['-g', '-p', '-A'])
show(['-a', '-A'])
show(['-ap'])
r = subprocess.run(['pstree', '-Q'], capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[:2])
r = subprocess.run(['pstree', 'no_such_user'], capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[:2])
r = subprocess.run(['pstree', '99999999'], capture_output=True, text=True)
print(r.returncode, repr(r.stdout))
for pid in names:
    os.kill(pid, 9)
    os.waitpid(pid, 0)
