# /bin/kill (procps-ng 4.0.2 kill.c, what xargs and Popen(['kill', ...])
# run; a shell's kill is dash's builtin): kill [-SIG | -N | -s SIG |
# --signal SIG] PID...; SIGTERM by default; a negative PID after -- is a
# process group. -l [SIG] lists the names or converts one, -L prints the
# table; kill -9 -PGID signals the group of PGID's first digit (procps
# 4.0.2; kill -9 -1...: everything), kill -9 -- -PGID signals the group. Messages start with the name it was run by: "kill: (123): No such
# process", "failed to parse argument: 'x'" (which stops it), "invalid
# argument F" with the usage for an unknown -FOO. Status 0, or 1 if a
# signal could not be sent.
import os, sys

NAMES = ['HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2',
         'PIPE', 'ALRM', 'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG',
         'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'POLL', 'PWR', 'SYS']
PROG = sys.argv[0]
USAGE = """
Usage:
 kill [options] <pid> [...]

Options:
 <pid> [...]            send signal to every <pid> listed
 -<signal>, -s, --signal <signal>
                        specify the <signal> to be sent
 -q, --queue <value>    integer value to be sent with the signal
 -l, --list=[<signal>]  list all signal names, or convert one to a name
 -L, --table            list all signal names in a nice table

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see kill(1).
"""


def signum(s):
    s = s.upper()
    if s.startswith('SIG'):
        s = s[3:]
    if s.isdigit():
        return int(s) if int(s) <= 64 else -1
    if s in NAMES:
        return NAMES.index(s) + 1
    if s == 'IO':
        return 29
    if s == 'IOT':
        return 6
    return -1


def usage(msg=None):
    os.write(2, ((PROG + ': ' + msg + '\n' if msg else '') + USAGE).encode())
    sys.exit(1)


args = sys.argv[1:]
sig = 15
given = False
while args and args[0].startswith('-') and len(args[0]) > 1:
    a = args[0]
    if a == '--':
        args = args[1:]
        break
    if a in ('-s', '--signal'):
        if len(args) < 2:
            usage('invalid argument s')
        sig, given = signum(args[1]), True
        args = args[2:]
        continue
    if a in ('-l', '--list'):
        if len(args) > 1:
            n = signum(args[1])
            if n < 0 or n > len(NAMES):
                os.write(2, (PROG + ': unknown signal name ' + args[1] + '\n').encode())
            elif args[1].isdigit():
                os.write(1, (NAMES[n - 1] + '\n').encode())
            else:
                os.write(1, (str(n) + '\n').encode())
            sys.exit(0)
        os.write(1, (' '.join(NAMES[:16]) + '\n' + ' '.join(NAMES[16:]) + '\n').encode())
        sys.exit(0)
    if a in ('-L', '--table'):
        lines = []
        for k in range(0, len(NAMES), 7):
            cells = ['%2d %-8s' % (n + 1, NAMES[n]) for n in range(k, min(k + 7, len(NAMES)))]
            lines.append(''.join(cells).rstrip())
        os.write(1, ('\n'.join(lines) + '\n').encode())
        sys.exit(0)
    if given and a[1:].isdigit():
        # procps 4.0.2 reads -PGID after a signal as options and signals
        # the process group named by its first digit, silently (measured
        # with strace: kill -9 -27 is kill(-2, SIGKILL), and kill -9 -10611
        # is kill(-1, SIGKILL), every process the user may signal); the
        # group itself needs kill -9 -- -PGID.
        try:
            os.kill(-int(a[1]), sig)
        except OSError:
            pass
        sys.exit(0)
    n = signum(a[1:])
    if n < 0:
        if a[1:].isdigit():
            break  # a process group
        usage('invalid argument ' + a[1])
    sig, given = n, True
    args = args[1:]
if not args:
    usage()
status = 0
for a in args:
    try:
        pid = int(a)
    except ValueError:
        os.write(2, (PROG + ": failed to parse argument: '" + a + "'\n").encode())
        sys.exit(1)
    try:
        os.kill(pid, max(sig, 0))
    except OSError as e:
        os.write(2, (PROG + ': (' + a + '): ' + e.strerror + '\n').encode())
        status = 1
sys.exit(status)
