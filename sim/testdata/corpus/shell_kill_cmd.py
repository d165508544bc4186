# /bin/kill as xargs and Popen run it (procps-ng's, not the shell's
# builtin): signal names and numbers, -l and -L, process groups, and its
# messages for missing processes and bad arguments.
import subprocess, os, time
names = {}
def run(args):
    r = subprocess.run(args, capture_output=True, text=True)
    print([names.get(a, a) for a in args[1:]], r.returncode, r.stdout.splitlines()[:3], r.stderr.splitlines()[:3])
run(['kill'])
run(['kill', '-9'])
run(['kill', '-9', 'abc'])
run(['kill', '-FOO', '99999999'])
run(['kill', '-s'])
run(['kill', '-l', '99'])
run(['kill', '-l', '9'])
run(['kill', '-l', 'KILL'])
run(['kill', '-l', 'sigterm'])
run(['kill', '-l'])
run(['kill', '-L'])
run(['kill', '-SIGFOO', '99999999'])
run(['kill', '-sigkill', '99999999'])
run(['kill', '-s', 'KILL', '99999999'])
run(['kill', '--signal', 'KILL', '99999999'])
run(['kill', '99999999', 'abc', '99999998'])
run(['kill', '--', '-99999999'])
# The group of the first digit, 9: there is none.
run(['kill', '-9', '-99999999'])
p = subprocess.Popen(['sleep', '5'])
names[str(p.pid)] = 'SLEEP1'
run(['kill', '-USR1', str(p.pid)])
print(p.wait())
p = subprocess.Popen(['sleep', '5'])
names[str(p.pid)] = 'SLEEP2'
run(['kill', str(p.pid)])
g = subprocess.Popen(['sleep', '5'], start_new_session=True)
names[str(g.pid)] = 'G'
names['-' + str(g.pid)] = '-G'
# (Not kill -9 -G: procps 4.0.2 signals the group of G's first digit, and
# with a 1 that is kill(-1, SIGKILL), the whole machine's processes.)
run(['kill', '-9', '--', '-' + str(g.pid)])
print(g.wait())
print(p.wait())
