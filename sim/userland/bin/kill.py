# /bin/kill (procps-ng kill.c): kill [-s SIG | -SIG] PID...; default TERM.
import os, sys

NAMES = {'HUP': 1, 'INT': 2, 'QUIT': 3, 'KILL': 9, 'USR1': 10, 'SEGV': 11, 'USR2': 12,
         'PIPE': 13, 'ALRM': 14, 'TERM': 15, 'CHLD': 17, 'CONT': 18, 'STOP': 19}

def signum(s):
    if s.startswith('SIG'):
        s = s[3:]
    if s.isdigit():
        return int(s)
    return NAMES.get(s.upper(), -1)

args = sys.argv[1:]
sig = 15
if args and args[0] == '-s' and len(args) > 1:
    sig = signum(args[1])
    args = args[2:]
elif args and args[0].startswith('-') and len(args[0]) > 1:
    sig = signum(args[0][1:])
    args = args[1:]
if sig < 0:
    os.write(2, b'kill: unknown signal\n')
    sys.exit(1)
status = 0
for a in args:
    try:
        os.kill(int(a), sig)
    except ValueError:
        os.write(2, ('kill: failed to parse argument: \'' + a + "'\n").encode())
        status = 1
    except ProcessLookupError:
        os.write(2, ('kill: (' + a + ') - No such process\n').encode())
        status = 1
sys.exit(status)
