# Hunting zombies with ps: the formats people paste (-el, -ef, aux, -eo,
# j, l, --forest, -H), on a family with a zombie, sleepers, a waiter, a
# stopped child, a reader, a thread, a new session and a new group. The
# columns that depend on the machine (sizes, CPU, clock, pids) are named
# or masked; the rest must be what procps prints.
import os, signal, subprocess, sys, threading, time

me = os.getpid()
names = {str(me): 'MAIN'}
shell = {str(os.getppid()): 'SHELL'}


def child(name, fn):
    pid = os.fork()
    if pid == 0:
        fn()
        os._exit(0)
    names[str(pid)] = name
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
    print('not settled:', {names.get(str(p), p): states(p) for p in want})


def orphaned_sleep():
    # Sleep until the parent is gone (killed at the end), then go too: a
    # grandchild that slept a fixed time could end, and its parent with
    # it, while a loaded machine was still listing them.
    parent = os.getppid()
    while os.getppid() == parent:
        time.sleep(0.05)


def waiter():
    g = os.fork()
    if g == 0:
        orphaned_sleep()
        os._exit(0)
    os.waitpid(g, 0)


def reader():
    r, w = os.pipe()
    os.read(r, 1)


def threaded():
    t = threading.Thread(target=time.sleep, args=(60,))
    t.start()
    t.join()


def new_session():
    os.setsid()
    time.sleep(60)


def new_group():
    os.setpgid(0, 0)
    time.sleep(60)


zombie = child('ZOMB', lambda: None)
sleeper = child('SLEEP', lambda: time.sleep(60))
waiting = child('WAIT', waiter)
reading = child('READ', reader)
threads = child('THRD', threaded)
session = child('SESS', new_session)
group = child('GRP', new_group)
stopped = child('STOP', lambda: os.kill(os.getpid(), signal.SIGSTOP))
settle({zombie: ['Z'], sleeper: ['S'], waiting: ['S'], reading: ['S'], threads: ['S', 'S'],
        session: ['S'], group: ['S'], stopped: ['T']})

MASK = {'C', '%CPU', '%MEM', 'SZ', 'RSS', 'VSZ', 'STIME', 'START', 'TIME', 'PSR', 'UID', 'USER', 'ADDR'}


def show(args, shown=None, tree=False):
    print('$ ps', shown or ' '.join(args).replace(family, 'FAMILY'))
    out = subprocess.run(['ps'] + args, capture_output=True, text=True).stdout
    lines = out.splitlines()
    if not lines:
        return
    print(lines[0])
    heads = lines[0].split()
    for line in lines[1:]:
        # The last column keeps its own leading spaces (-H's indentation).
        cells, pos = [], 0
        for k in range(len(heads) - 1):
            while line[pos] == ' ':
                pos += 1
            end = line.find(' ', pos)
            cells.append(line[pos:end])
            pos = end
        last = line[pos + 1:]
        # A tree's indentation stays; other padding goes.
        cells.append(last if tree else last.lstrip())
        # ps's own row is left out: under load the real ps once listed two
        # ps processes among the family's (CI, 2026-12-07).
        if 'PID' in heads and cells[heads.index('PID')] not in names:
            continue
        row = []
        for h, c in zip(heads, cells):
            if h in MASK:
                c = '*'
            elif h in ('PID', 'PPID', 'PGID', 'SID', 'TPGID'):
                c = names.get(c, shell.get(c, 'PS' if h == 'PID' else c))
            elif h in ('CMD', 'COMMAND'):
                c = c.replace(str(me), 'MAIN')
            if c.startswith('pts/'):
                c = 'pts/N'
            words = []
            for w in c.split(' '):
                base = w.rsplit('/', 1)[-1]
                if base.startswith('python3') or base.startswith('[python3'):
                    w = '[python3]' if base.startswith('[') else 'python3'
                words.append(w)
            row.append(' '.join(words))
        print(' '.join(row))


family = ','.join(n for n in names)
show(['-l', '--ppid', str(me)], '-l --ppid MAIN')
show(['-o', 'pid,ppid,pgid,sid,tpgid,stat,tty,nlwp,wchan:30,comm', '--ppid', str(me)], 'custom --ppid MAIN')
show(['-f', '--ppid', str(me)], '-f --ppid MAIN')
show(['-F', '-p', family])
show(['-lf', '-p', family])
show(['-j', '-p', family])
show(['-ly', '-p', family])
show(['u', '-p', family])
show(['j', '-p', family])
show(['l', '-p', family])
show(['--forest', '-o', 'pid,stat,cmd', '-p', family], tree=True)
show(['f', '-p', family], tree=True)
show(['-H', '-o', 'pid,comm', '-p', family], tree=True)
out = subprocess.run(['ps', '-o', 'pid=,stat=', '-p', str(zombie)], capture_output=True, text=True).stdout
print('$ ps -o pid=,stat= -p ZOMB:', [names.get(w, w) for w in out.split()])
show(['-o', 'pid,comm,args', '-p', str(zombie)], '-o pid,comm,args -p ZOMB')
# Only this program's children: other programs' zombies stay out.
print('defunct lines:', subprocess.run('ps -f --ppid %d | grep defunct | grep -v grep | wc -l' % me, shell=True,
                                        capture_output=True, text=True).stdout.strip())
print('Z lines:', subprocess.run(['ps', '-l', '--ppid', str(me)], capture_output=True, text=True).stdout.count(' Z '))
print(subprocess.run(['ps', '-Q'], capture_output=True, text=True).stderr.splitlines()[0])
print(subprocess.run(['ps', 'Q'], capture_output=True, text=True).stderr.splitlines()[0])
print(subprocess.run(['ps', '-o', 'bogus'], capture_output=True, text=True).stderr.splitlines()[0])
print(subprocess.run(['ps', '-y'], capture_output=True, text=True).stderr.splitlines()[0])
print(subprocess.run(['ps', '-p'], capture_output=True, text=True).stderr.splitlines()[0])
print(subprocess.run(['ps', '--bogus'], capture_output=True, text=True).stderr.splitlines()[0])
for pid in names:
    if pid != str(me) and int(pid) != zombie:
        os.kill(int(pid), signal.SIGKILL)
for pid in names:
    if pid != str(me):
        os.waitpid(int(pid), 0)
print('reaped', len(names) - 1)
