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


def worker():
    if os.fork() == 0:
        time.sleep(3)
        os._exit(0)
    ts = [threading.Thread(target=time.sleep, args=(3,)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


fork('Z', lambda: None)
fork('S1', lambda: time.sleep(3))
fork('S2', lambda: time.sleep(3))
fork('W', worker)
time.sleep(0.5)


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
