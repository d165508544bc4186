# pgrep and pkill on a family with a zombie, sleepers and a stopped child:
# by parent, name, command line, state, group and session; the listing
# options; pkill's signals; and procps' messages for bad usage.
import os, signal, subprocess, sys, time

me = os.getpid()
names = {str(me): 'MAIN'}


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


zombie = child('ZOMB', lambda: None)
sleeper = child('SLEEP', lambda: time.sleep(60))
grouped = child('GRP', lambda: (os.setpgid(0, 0), time.sleep(60)))
stopped = child('STOP', lambda: os.kill(os.getpid(), signal.SIGSTOP))
settle({zombie: ['Z'], sleeper: ['S'], grouped: ['S'], stopped: ['T']})


def run(args):
    r = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    words = []
    # (The name is python3.X when CPython runs as python3.X.)
    for line in r.stdout.splitlines():
        for p, n in names.items():
            line = line.replace('(pid ' + p + ')', '(pid ' + n + ')')
        first, _, rest = line.partition(' ')
        rest = ' '.join('python3' if w.rsplit('/', 1)[-1].startswith('python3') else
                        '[python3]' if w.startswith('[python3') else w for w in rest.split(' '))
        words.append(' '.join([names.get(p, p) for p in first.split(',')] + ([rest] if rest else [])))
    err = r.stderr.splitlines()
    shown = ' '.join(names.get(a, a) for a in args)
    print('$', shown, '->', r.returncode, words, err[:2])


run(['pgrep', '-P', str(me)])
run(['pgrep', '-l', '-P', str(me)])
run(['pgrep', '-a', '-P', str(me)])
run(['pgrep', '-c', '-P', str(me)])
run(['pgrep', '-d,', '-P', str(me)])
run(['pgrep', '-r', 'Z', '-P', str(me)])
run(['pgrep', '-r', 'T', '-P', str(me)])
run(['pgrep', '-r', 'S,T', '-P', str(me)])
run(['pgrep', '-x', r'python3(\.[0-9]+)?', '-P', str(me)])
run(['pgrep', '-x', 'python', '-P', str(me)])
run(['pgrep', '^python', '-P', str(me)])
run(['pgrep', '-f', 'defunct', '-P', str(me)])
run(['pgrep', '-g', str(me), '-P', str(me)])
run(['pgrep', '-g', str(grouped)])
run(['pgrep', '-o', '-P', str(me)])
run(['pgrep', '-n', '-P', str(me)])
run(['pgrep', '-s', '0', '-P', str(me)])
run(['pgrep', '-u', 'root', '-P', str(me)])
run(['pgrep', 'no-such-program'])
run(['pgrep'])
run(['pgrep', '-P', 'abc'])
run(['pgrep', '-q'])
run(['pgrep', '('])
run(['pgrep', 'a_name_longer_than_15'])
run(['pgrep', 'a', 'b'])
run(['pkill', '-0', '-P', str(me)])
run(['pkill', '-CONT', '-P', str(me), '-r', 'T'])
time.sleep(0.3)
run(['pgrep', '-r', 'T', '-P', str(me)])
run(['pkill', '-e', '-USR1', '-g', str(grouped)])
time.sleep(0.3)
run(['pgrep', '-g', str(grouped)])
run(['pkill', '--signal', 'KILL', '-P', str(me)])
run(['pkill', '-9', 'no-such-program'])
run(['pkill', '-l'])
for pid in names:
    if pid != str(me):
        os.waitpid(int(pid), 0)
print('reaped', len(names) - 1)
