# uses: _regex
# /usr/bin/pgrep and /usr/bin/pkill (procps-ng 4.0.2): select processes by
# an extended regular expression on the name (comm, 15 characters at most)
# or, with -f, the command line (a zombie's is "[comm] <defunct>"), and by
# -P parents, -g groups, -s sessions (0: ps's own), -u/-U users, -r states,
# -x (whole name), -i, -v, -n/-o (newest/oldest by start time); never
# itself. pgrep prints pids (-d delimiter, -l with the name, -a with the
# command line, -c a count); pkill sends a signal (-SIG, -N, --signal SIG;
# SIGTERM by default; -e says "NAME killed (pid N)", where procps 4.0.2
# leaves NAME empty). Status: 0 if something matched, 1 if nothing, 2 for
# bad usage, 3 on a fatal error.
import os, signal, sys

PROG = os.path.basename(sys.argv[0])
KILL = PROG == 'pkill'
OPTS = [('-<sig>, --signal <sig>', 'signal to send (either number or name)'),
        ('-q, --queue <value>', 'integer value to be sent with the signal'),
        ('-e, --echo', 'display what is killed')] if KILL else [
        ('-d, --delimiter <string>', 'specify output delimiter'),
        ('-l, --list-name', 'list PID and process name'),
        ('-a, --list-full', 'list PID and full command line'),
        ('-v, --inverse', 'negates the matching'),
        ('-w, --lightweight', 'list all TID')]
OPTS += [('-c, --count', 'count of matching processes'),
         ('-f, --full', 'use full process name to match'),
         ('-g, --pgroup <PGID,...>', 'match listed process group IDs'),
         ('-G, --group <GID,...>', 'match real group IDs'),
         ('-i, --ignore-case', 'match case insensitively'),
         ('-n, --newest', 'select most recently started'),
         ('-o, --oldest', 'select least recently started'),
         ('-O, --older <seconds>', 'select where older than seconds'),
         ('-P, --parent <PPID,...>', 'match only child processes of the given parent'),
         ('-s, --session <SID,...>', 'match session IDs'),
         ('-t, --terminal <tty,...>', 'match by controlling terminal'),
         ('-u, --euid <ID,...>', 'match by effective IDs'),
         ('-U, --uid <ID,...>', 'match by real IDs'),
         ('-x, --exact', 'match exactly with the command name'),
         ('-F, --pidfile <file>', 'read PIDs from file'),
         ('-L, --logpidfile', 'fail if PID file is not locked'),
         ('-r, --runstates <state>', 'match runstates [D,S,Z,...]'),
         ('-A, --ignore-ancestors', 'exclude our ancestors from results'),
         ('--cgroup <grp,...>', 'match by cgroup v2 names'),
         ('--ns <PID>', 'match the processes that belong to the same\n' + ' ' * 27 + 'namespace as <pid>'),
         ('--nslist <ns,...>', 'list which namespaces will be considered for\n' + ' ' * 27 +
          'the --ns option.\n' + ' ' * 27 + 'Available namespaces: ipc, mnt, net, pid, user, uts')]


def usage_error(msg):
    text = PROG + ': ' + msg + '\n\nUsage:\n ' + PROG + ' [options] <pattern>\n\nOptions:\n'
    for left, right in OPTS:
        text += ' ' + left.ljust(25) + ' ' + right + '\n'
    text += '\n -h, --help     display this help and exit\n -V, --version  output version information and exit\n\nFor more details see pgrep(1).\n'
    os.write(2, text.encode())
    sys.exit(2)


def fail(msg, code=2):
    os.write(2, (PROG + ': ' + msg + '\n').encode())
    sys.exit(code)


def numbers(text, own):
    out = []
    for x in text.split(','):
        if x == '' or not x.isdigit():
            fail('not a number: ' + x)
        n = int(x)
        out.append(own if n == 0 and own is not None else n)
    return out


def signal_of(name):
    if name.isdigit():
        return int(name)
    n = name.upper()
    if not n.startswith('SIG'):
        n = 'SIG' + n
    if hasattr(signal, n) and n not in ('SIG_DFL', 'SIG_IGN', 'SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'):
        return int(getattr(signal, n))
    return None


sig = signal.SIGTERM
pattern = None
flags = set()
delim = '\n'
parents = groups = sessions = states = None
argv = sys.argv[1:]
me = os.getpid()
table = os._proc_table()
mine = [r for r in table if r[0] == me]
my_pgid = mine[0][2] if mine else 0
my_sid = mine[0][7] if mine else 0
LONG = {'delimiter': 'd', 'list-name': 'l', 'list-full': 'a', 'inverse': 'v', 'count': 'c', 'full': 'f',
        'pgroup': 'g', 'ignore-case': 'i', 'newest': 'n', 'oldest': 'o', 'parent': 'P', 'session': 's',
        'euid': 'u', 'uid': 'U', 'exact': 'x', 'runstates': 'r', 'echo': 'e', 'signal': 'SIG'}
WITH_ARG = 'dgPsuUrtGOFq'
i = 0
while i < len(argv):
    a = argv[i]
    i += 1
    opts = []
    if a.startswith('--') and len(a) > 2:
        name, eq, val = a[2:].partition('=')
        key = LONG.get(name)
        if key is None or (key in 'dlav' and KILL) or (key == 'e' or key == 'SIG') and not KILL:
            usage_error("unrecognized option '" + a + "'")
        if key in WITH_ARG or key == 'SIG':
            if not eq:
                if i >= len(argv):
                    usage_error("option '" + a + "' requires an argument")
                val = argv[i]
                i += 1
            opts.append((key, val))
        else:
            opts.append((key, None))
    elif a.startswith('-') and len(a) > 1:
        if KILL and signal_of(a[1:]) is not None:
            sig = signal_of(a[1:])
            continue
        k = 1
        while k < len(a):
            c = a[k]
            k += 1
            if c in WITH_ARG and (c != 'q' or KILL):
                val = a[k:]
                if not val:
                    if i >= len(argv):
                        usage_error("option requires an argument -- '" + c + "'")
                    val = argv[i]
                    i += 1
                opts.append((c, val))
                break
            allowed = 'cfinoxAL' + ('e' if KILL else 'lavw')
            if c not in allowed:
                usage_error("invalid option -- '" + c + "'")
            opts.append((c, None))
    else:
        if pattern is not None:
            fail('only one pattern can be provided\nTry `' + PROG + " --help' for more information.")
        pattern = a
        continue
    for key, val in opts:
        if key == 'SIG':
            s = signal_of(val)
            if s is None:
                fail('unknown signal name ' + val)
            sig = s
        elif key == 'd':
            delim = val
        elif key == 'P':
            parents = numbers(val, None)
        elif key == 'g':
            groups = numbers(val, my_pgid)
        elif key == 's':
            sessions = numbers(val, my_sid)
        elif key in 'uU':
            for u in val.split(','):
                if u not in ('root', '0'):
                    fail('invalid user name: ' + u)
        elif key == 'r':
            states = val.split(',')
        elif key in 'tGOFqL':
            fail('-' + key + " is not supported by the simulator's " + PROG)
        else:
            flags.add(key)
if pattern is None and parents is None and groups is None and sessions is None and states is None:
    fail('no matching criteria specified\nTry `' + PROG + " --help' for more information.")
rx = None
if pattern is not None:
    if 'f' not in flags and len(pattern) > 15 and 'x' not in flags:
        os.write(2, (PROG + ': pattern that searches for process name longer than 15 characters will result in zero matches\n'
                     'Try `' + PROG + " -f' option to match against the complete command line.\n").encode())
    try:
        rx = rx_compile(pattern, True, 'i' in flags)
    except RxError as e:
        fail('regex error: ' + str(e))
    if 'x' in flags:
        rx = rx_whole(rx, 'x')

picked = []
for r in table:
    pid, ppid, pgid, stat, comm, cmdline, cpu, sid = r[:8]
    start = r[13]
    if pid == me:
        continue
    ok = True
    if parents is not None and ppid not in parents:
        ok = False
    if groups is not None and pgid not in groups:
        ok = False
    if sessions is not None and sid not in sessions:
        ok = False
    if states is not None and stat[0] not in states:
        ok = False
    zombie = stat[0] == 'Z'
    full = '[' + comm + '] <defunct>' if zombie or not cmdline else cmdline
    if ok and rx is not None:
        ok = rx_search(rx, full if 'f' in flags else comm[:15], 0, False) is not None
    if ok != ('v' in flags):
        picked.append((start, pid, comm, full))
if 'n' in flags and picked:
    picked = [max(picked)]
elif 'o' in flags and picked:
    picked = [min(picked)]
if 'c' in flags:
    os.write(1, (str(len(picked)) + '\n').encode())
elif KILL:
    for start, pid, comm, full in picked:
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            continue
        except OSError as e:
            os.write(2, (PROG + ': killing pid ' + str(pid) + ' failed: ' + e.strerror + '\n').encode())
            continue
        if 'e' in flags:
            os.write(1, (' killed (pid ' + str(pid) + ')\n').encode())
else:
    items = []
    for start, pid, comm, full in picked:
        if 'a' in flags:
            items.append(str(pid) + ' ' + full)
        elif 'l' in flags:
            items.append(str(pid) + ' ' + comm)
        else:
            items.append(str(pid))
    if items:
        os.write(1, (delim.join(items) + '\n').encode())
sys.exit(0 if picked else 1)
