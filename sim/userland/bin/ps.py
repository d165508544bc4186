# /bin/ps (procps-ng 4.0.2, Debian 12): the simulated process table, read
# through os._proc_table() as ps reads /proc.
#
# Options, as procps parses them: SysV flags after one dash, combinable
# (-e -A -a -d -N -f -F -l -j -y -H -o/-O FORMAT -p LIST -C NAMES -s SIDS
# -g -t -u -U -w), BSD letters without a dash (a x u j l f h w e o p), long
# options (--ppid --pid --sid --forest --no-headers --headers --format
# --sort --deselect --cols --width --version). Selection is the union of
# what the options select (-e and x with --ppid list everything), negated
# by -N; with none, the processes of ps's own terminal. Formats: the SysV
# default, -f, -F, -l, -j and their mixes, -ly, the BSD default, u, j, l,
# and -o with the columns of COLUMNS.
#
# Layout, measured against procps 4.0.2 here: every column has an ideal
# place (its width and one space before it); a right-aligned value ends
# where its column ends, a left-aligned one starts where its column starts,
# each at least one space after the previous value, so a value wider than
# its column pushes the next ones right until some padding absorbs it. Text
# columns (comm, wchan, user, args) are cut to their width unless last; the
# last column is never cut (ps's output here is a pipe or the simulated
# terminal, which wraps). docs/facts/linux.md §4 has the measurements.
#
# Memory (VSZ, RSS, SZ) is not modelled by the kernel: each program shows
# the sizes measured for it here (python3 3.11: VSZ 16560 KiB, RSS 9964 KiB;
# each extra thread adds its 8 MiB stack to VSZ), a zombie none.
import os, sys, time

# name: (header, width, right-aligned, text cut to the width unless last)
COLUMNS = {
    'pid': ('PID', 5, True, False), 'ppid': ('PPID', 5, True, False), 'pgid': ('PGID', 5, True, False),
    'pgrp': ('PGRP', 5, True, False), 'sid': ('SID', 5, True, False), 'sess': ('SESS', 5, True, False),
    'session': ('SESS', 5, True, False), 'tpgid': ('TPGID', 5, True, False), 'lwp': ('LWP', 5, True, False),
    'spid': ('SPID', 5, True, False), 'tid': ('TID', 5, True, False), 'nlwp': ('NLWP', 4, True, False),
    'thcount': ('THCNT', 4, True, False), 'stat': ('STAT', 4, False, False), 's': ('S', 1, False, False),
    'state': ('S', 1, False, False), 'f': ('F', 1, True, False), 'flag': ('F', 1, True, False),
    'flags': ('F', 1, True, False), 'uid': ('UID', 5, True, False), 'euid': ('EUID', 5, True, False),
    'ruid': ('RUID', 5, True, False), 'gid': ('GID', 5, True, False), 'egid': ('EGID', 5, True, False),
    'user': ('USER', 8, False, True), 'euser': ('EUSER', 8, False, True), 'ruser': ('RUSER', 8, False, True),
    'uname': ('USER', 8, False, True), 'group': ('GROUP', 8, False, True), 'c': ('C', 2, True, False),
    'pcpu': ('%CPU', 4, True, False), '%cpu': ('%CPU', 4, True, False), 'pmem': ('%MEM', 4, True, False),
    '%mem': ('%MEM', 4, True, False), 'pri': ('PRI', 3, True, False), 'opri': ('PRI', 3, True, False),
    'priority': ('PRI', 3, True, False), 'ni': ('NI', 3, True, False), 'nice': ('NI', 3, True, False),
    'cls': ('CLS', 3, False, False), 'class': ('CLS', 3, False, False), 'rtprio': ('RTPRIO', 6, True, False),
    'addr': ('ADDR', 4, True, False), 'sz': ('SZ', 5, True, False), 'rss': ('RSS', 5, True, False),
    'rssize': ('RSS', 5, True, False), 'rsz': ('RSZ', 5, True, False), 'vsz': ('VSZ', 6, True, False),
    'vsize': ('VSZ', 6, True, False), 'psr': ('PSR', 3, True, False), 'wchan': ('WCHAN', 6, False, True),
    'tty': ('TT', 8, False, True), 'tt': ('TT', 8, False, True), 'tname': ('TTY', 8, False, True),
    'time': ('TIME', 8, True, False), 'cputime': ('TIME', 8, True, False), 'bsdtime': ('TIME', 6, True, False),
    'stime': ('STIME', 5, False, False), 'start_time': ('START', 5, False, False),
    'start': ('STARTED', 8, True, False), 'lstart': ('STARTED', 24, False, False),
    'etime': ('ELAPSED', 11, True, False), 'etimes': ('ELAPSED', 7, True, False),
    'comm': ('COMMAND', 15, False, True), 'ucmd': ('CMD', 15, False, True), 'ucomm': ('COMMAND', 15, False, True),
    'fname': ('COMMAND', 8, False, True), 'cmd': ('CMD', 27, False, True), 'args': ('COMMAND', 27, False, True),
    'command': ('COMMAND', 27, False, True),
    'uid_hack': ('UID', 8, False, True),  # -f's UID: the user's name
}

# Sizes measured here (VSZ KiB, RSS KiB) by program name; SZ is VSZ in pages.
SIZES = {'python3': (16560, 9964), 'sh': (2592, 1708), 'bash': (5128, 4184), 'cat': (3060, 1836),
         'grep': (3892, 2072), 'ps': (8548, 4516), 'sleep': (2920, 1792), 'init': (2480, 1024)}
MEM_TOTAL = 24683748  # KiB, this machine's MemTotal: %MEM
EPOCH_NOW = None
MY_PID = os.getpid()


def fail(msg):
    os.write(2, ('error: ' + msg + '\n\nUsage:\n ps [options]\n\n Try \'ps --help <simple|list|output|threads|misc|all>\'\n  or \'ps --help <s|l|o|t|m|a>\'\n for additional help text.\n\nFor more details see ps(1).\n').encode())
    sys.exit(1)


def refuse(opt):
    os.write(2, ('ps: ' + opt + ' is not supported by the simulator\'s ps\n').encode())
    sys.exit(1)


def clock(sec):
    s = int(sec)
    return '%02d:%02d:%02d' % (s // 3600, s // 60 % 60, s % 60)


def sizes(r):
    if r['zombie']:
        return 0, 0
    name = r['comm']
    if name.startswith('python'):
        name = 'python3'
    vsz, rss = SIZES.get(name, (3000, 1800))
    return vsz + 8192 * (r['threads'] - 1), rss


def value(name, r):
    zombie = r['zombie']
    if name in ('pid', 'lwp', 'spid', 'tid'):
        return str(r['pid'])
    if name == 'ppid':
        return str(r['ppid'])
    if name in ('pgid', 'pgrp'):
        return str(r['pgid'])
    if name in ('sid', 'sess', 'session'):
        return str(r['sid'])
    if name == 'tpgid':
        return str(r['tpgid'])
    if name in ('nlwp', 'thcount'):
        return str(r['threads'])
    if name == 'stat':
        return r['stat']
    if name in ('s', 'state'):
        return r['stat'][0]
    if name in ('f', 'flag', 'flags'):
        # ps itself, run as root, has used a privilege reading the others'
        # /proc entries: PF_SUPERPRIV, 4 (measured).
        return str(r['flags'] | (4 if r['pid'] == MY_PID else 0))
    if name in ('uid', 'euid', 'ruid', 'gid', 'egid'):
        return '0'
    if name in ('user', 'euser', 'ruser', 'uname', 'group', 'uid_hack'):
        return 'root'
    if name in ('c', 'pcpu', '%cpu'):
        # procps counts CPU time in clock ticks (100 a second).
        el = r['now'] - r['start']
        pct = int(r['cpu'] * 100) / el if el > 0 else 0.0
        if name == 'c':
            return str(min(99, int(pct)))
        return '%.1f' % pct
    if name in ('pmem', '%mem'):
        return '%.1f' % (sizes(r)[1] * 100 / MEM_TOTAL)
    if name == 'pri':
        return '19'
    if name == 'opri':
        return '80'
    if name == 'priority':
        return '20'
    if name in ('ni', 'nice'):
        return '0'
    if name in ('cls', 'class'):
        return 'TS'
    if name in ('rtprio', 'addr'):
        return '-'
    if name == 'sz':
        return str(sizes(r)[0] // 4)
    if name in ('rss', 'rssize', 'rsz'):
        return str(sizes(r)[1])
    if name in ('vsz', 'vsize'):
        return str(sizes(r)[0])
    if name == 'psr':
        return '0'
    if name == 'wchan':
        return r['wchan']
    if name in ('tty', 'tt', 'tname'):
        return r['tty']
    if name in ('time', 'cputime'):
        return clock(r['cpu'])
    if name == 'bsdtime':
        s = int(r['cpu'])
        return '%d:%02d' % (s // 60, s % 60)
    if name in ('stime', 'start_time', 'start', 'lstart', 'etime', 'etimes'):
        return started(name, r)
    if name in ('comm', 'ucmd', 'ucomm', 'fname'):
        return r['comm']
    if name in ('cmd', 'args', 'command'):
        if zombie:
            return '[' + r['comm'] + '] <defunct>'
        return r['cmdline'] or '[' + r['comm'] + ']'
    return '-'


def started(name, r):
    at = EPOCH_NOW - (r['now'] - r['start'])
    t = time.gmtime(at)
    today = time.gmtime(EPOCH_NOW)[:3] == t[:3]
    el = int(r['now'] - r['start'])
    if name in ('stime', 'start_time'):
        if today:
            return time.strftime('%H:%M', t)
        return time.strftime('%b%d', t)
    if name == 'start':
        if EPOCH_NOW - at < 86400:
            return time.strftime('%H:%M:%S', t)
        return time.strftime('%b %d', t)
    if name == 'lstart':
        return time.strftime('%a %b %e %H:%M:%S %Y', t)
    if name == 'etimes':
        return str(el)
    d, rest = divmod(el, 86400)
    h, rest = divmod(rest, 3600)
    m, s = divmod(rest, 60)
    if d:
        return '%d-%02d:%02d:%02d' % (d, h, m, s)
    if h:
        return '%02d:%02d:%02d' % (h, m, s)
    return '%02d:%02d' % (m, s)


def pid_list(text, what):
    out = []
    for x in text.replace(' ', ',').split(','):
        if not x:
            continue
        if not x.isdigit():
            fail(what + ' ID list syntax error')
        out.append(int(x))
    if not out:
        fail('list of ' + what.lower() + ' IDs must follow ' + '-p')
    return out


def parse_format(spec, fields):
    for part in spec.replace(' ', ',').split(','):
        if not part:
            continue
        name, head, width = part, None, None
        if '=' in part:
            name, head = part.split('=', 1)
        if ':' in name:
            name, w = name.split(':', 1)
            if not w.isdigit():
                fail('unknown user-defined format specifier "' + part + '"')
            width = int(w)
        name = name.lower()
        if name not in COLUMNS:
            fail('unknown user-defined format specifier "' + name + '"')
        fields.append([name, head, width])


class Opts:
    pass


def main(argv):
    o = Opts()
    o.every = False      # -e, -A, ax
    o.tty_all = False    # -a, BSD a: every process with a terminal
    o.no_leaders = False  # -a and -d leave session leaders out
    o.mine = False       # BSD x: the user's processes, terminal or not
    o.negate = False
    o.pids = []
    o.ppids = []
    o.sids = []
    o.names = []
    o.selected = False
    o.sysv = set()       # f F l j y H
    o.bsd = None         # 'u', 'j', 'l', or '' for the BSD default
    o.fields = []
    o.extra = None       # -O
    o.forest = False
    o.headers = True
    o.sort = []
    i = 0

    def arg_of(rest, what):
        nonlocal i
        if rest:
            return rest
        if i >= len(argv):
            fail(what)
        i += 1
        return argv[i - 1]

    while i < len(argv):
        a = argv[i]
        i += 1
        if a.startswith('--'):
            name, eq, val = a[2:].partition('=')
            takes = name in ('ppid', 'pid', 'sid', 'format', 'sort', 'cols', 'columns', 'width', 'rows', 'lines', 'user', 'group', 'tty')
            if takes and not eq:
                if i >= len(argv):
                    fail('list of process IDs must follow --' + name if name in ('ppid', 'pid', 'sid') else 'unknown gnu long option')
                val = argv[i]
                i += 1
            if name == 'ppid':
                o.ppids += pid_list(val, 'Process')
                o.selected = True
            elif name == 'pid':
                o.pids += pid_list(val, 'Process')
                o.selected = True
            elif name == 'sid':
                o.sids += pid_list(val, 'Session')
                o.selected = True
            elif name == 'format':
                parse_format(val, o.fields)
            elif name == 'sort':
                o.sort += [k for k in val.split(',') if k]
            elif name == 'forest':
                o.forest = True
            elif name in ('no-headers', 'no-heading'):
                o.headers = False
            elif name == 'headers':
                o.headers = True
            elif name == 'deselect':
                o.negate = True
            elif name in ('cols', 'columns', 'width', 'rows', 'lines'):
                pass
            elif name == 'version':
                os.write(1, b'ps from procps-ng 4.0.2\n')
                return
            elif name in ('user', 'group', 'tty'):
                refuse('--' + name)
            else:
                fail('unknown gnu long option')
        elif a.startswith('-') and len(a) > 1:
            k = 1
            while k < len(a):
                c = a[k]
                k += 1
                rest = a[k:]
                if c in 'eA':
                    o.every = o.selected = True
                elif c == 'a':
                    o.tty_all = o.no_leaders = o.selected = True
                elif c == 'd':
                    o.every = o.no_leaders = o.selected = True
                elif c == 'N':
                    o.negate = True
                elif c in 'fFljyH':
                    o.sysv.add(c)
                elif c == 'w':
                    pass
                elif c in 'oO':
                    spec = arg_of(rest, 'format specification must follow -' + c)
                    if c == 'o':
                        parse_format(spec, o.fields)
                    else:
                        o.extra = []
                        parse_format(spec, o.extra)
                    break
                elif c in 'pq':
                    o.pids += pid_list(arg_of(rest, 'list of process IDs must follow -' + c), 'process')
                    o.selected = True
                    break
                elif c in 'sg':
                    o.sids += pid_list(arg_of(rest, 'list of session IDs must follow -' + c), 'session')
                    o.selected = True
                    break
                elif c == 'C':
                    o.names += [x for x in arg_of(rest, 'list of command names must follow -C').split(',') if x]
                    o.selected = True
                    break
                elif c in 'uU':
                    users = arg_of(rest, 'list of users must follow -' + c)
                    if any(u not in ('root', '0') for u in users.split(',') if u):
                        fail('user name does not exist')
                    o.every = o.selected = True
                    break
                elif c in 'LTcmMPtGZ':
                    refuse('-' + c)
                else:
                    fail('unsupported SysV option')
        else:
            if a.isdigit():
                o.pids.append(int(a))
                o.selected = True
                continue
            k = 0
            while k < len(a):
                c = a[k]
                k += 1
                if c == 'a':
                    o.tty_all = o.selected = True
                    o.bsd = o.bsd or ''
                elif c == 'x':
                    o.mine = o.selected = True
                    o.bsd = o.bsd or ''
                elif c in 'ujl':
                    o.bsd = c
                elif c == 'f':
                    o.forest = True
                    o.bsd = o.bsd or ''
                elif c == 'h':
                    o.headers = False
                elif c in 'wer':
                    o.bsd = o.bsd or ''
                elif c == 'o':
                    spec = a[k:] or (argv[i] if i < len(argv) else None)
                    if spec is None:
                        fail('format specification must follow o')
                    if not a[k:]:
                        i += 1
                    parse_format(spec, o.fields)
                    break
                elif c == 'p':
                    spec = a[k:] or (argv[i] if i < len(argv) else None)
                    if spec is None:
                        fail('list of process IDs must follow p')
                    if not a[k:]:
                        i += 1
                    o.pids += pid_list(spec, 'process')
                    o.selected = True
                    break
                elif c in 'vsSmLcT':
                    refuse(c)
                else:
                    fail('unsupported option (BSD syntax)')
    if 'y' in o.sysv and 'l' not in o.sysv:
        fail('modifier -y without format -l makes no sense')
    run(o)


def layout(o):
    if o.fields:
        return o.fields
    s = o.sysv
    if o.bsd is not None and not (s & set('fFlj')):
        names = {'': 'pid,tname,stat,bsdtime,args',
                 'u': 'user,pid,pcpu,pmem,vsz,rss,tname,stat,start_time,bsdtime,args',
                 'j': 'ppid,pid,pgid,sid,tname,tpgid,stat,uid,bsdtime,args',
                 'l': 'f,uid,pid,ppid,priority,ni,vsz,rss,wchan,stat,tname,bsdtime,args'}[o.bsd]
    elif o.extra is not None:
        names = 'pid,' + '{}' + ',s,tname,time,args'
    else:
        full = 'f' in s or 'F' in s
        parts = []
        if 'l' in s:
            parts += [] if 'y' in s else ['f']
            parts += ['s']
        parts += ['uid_hack' if full else 'uid'] if 'l' in s or full else []
        parts += ['pid']
        if 'l' in s or full:
            parts += ['ppid']
        if 'j' in s:
            parts += ['pgid', 'sid']
        if 'l' in s or full:
            parts += ['c']
        if 'l' in s:
            parts += ['opri', 'ni'] + (['rss'] if 'y' in s else ['addr:1']) + ['sz', 'wchan']
        if 'F' in s:
            parts += ([] if 'y' in s else ['rss']) if 'l' in s else ['sz', 'rss']
            parts += ['psr']
        if full:
            parts += ['stime']
        parts += ['tname', 'time', 'cmd' if full else 'ucmd']
        names = ','.join(parts)
    fields = []
    if '{}' in names:
        head, tail = names.split('{}')
        parse_format(head, fields)
        fields += o.extra
        parse_format(tail, fields)
    else:
        parse_format(names, fields)
    return fields


def run(o):
    global EPOCH_NOW
    table = []
    for t in os._proc_table():
        (pid, ppid, pgid, stat, comm, cmdline, cpu, sid, tpgid, tty, flags, wchan,
         threads, start, now, tids) = t
        table.append({'pid': pid, 'ppid': ppid, 'pgid': pgid, 'stat': stat, 'comm': comm,
                      'cmdline': cmdline, 'cpu': cpu, 'sid': sid, 'tpgid': tpgid, 'tty': tty,
                      'flags': flags, 'wchan': wchan, 'threads': threads, 'start': start,
                      'now': now, 'zombie': stat[0] == 'Z'})
    EPOCH_NOW = time.time()
    me = os.getpid()
    my_tty = '?'
    for r in table:
        if r['pid'] == me:
            my_tty = r['tty']
    rows = []
    for r in table:
        if o.selected:
            pick = (o.every or r['pid'] in o.pids or r['ppid'] in o.ppids or r['sid'] in o.sids
                    or r['comm'] in o.names or o.mine or (o.tty_all and r['tty'] != '?'))
            if o.no_leaders and r['sid'] == r['pid'] and not (r['pid'] in o.pids or r['ppid'] in o.ppids):
                pick = False
        else:
            # ps's own terminal's processes; without one, those without
            # one (all of them are root's here)
            pick = r['tty'] == my_tty
        if pick != o.negate:
            rows.append(r)
    fields = layout(o)
    if o.sort:
        for key in reversed(o.sort):
            desc = key.startswith('-')
            name = key.lstrip('+-').lower()
            if name not in COLUMNS:
                fail('unknown sort specifier')
            rows.sort(key=lambda r: sort_key(name, r), reverse=desc)
    depth = {}
    if o.forest or 'H' in o.sysv:
        rows, depth = tree(rows)
    cmd_col = None
    for k, fl in enumerate(fields):
        if fl[0] in ('cmd', 'args', 'command', 'comm', 'ucmd', 'ucomm'):
            cmd_col = k
    lines = []
    if o.headers and any(fl[1] != '' for fl in fields):
        lines.append([fl[1] if fl[1] is not None else COLUMNS[fl[0]][0] for fl in fields])
    for r in rows:
        cells = [value(fl[0], r) for fl in fields]
        d = depth.get(r['pid'], 0)
        if d and cmd_col is not None:
            if o.forest:
                cells[cmd_col] = ' ' * (4 * (d - 1)) + ' \\_ ' + cells[cmd_col]
            else:
                cells[cmd_col] = '  ' * d + cells[cmd_col]
        lines.append(cells)
    out = []
    for n, cells in enumerate(lines):
        out.append(render(fields, cells, n == 0 and o.headers and len(lines) > len(rows)))
    os.write(1, ''.join(out).encode())
    if not rows:
        sys.exit(1)


def sort_key(name, r):
    v = value(name, r)
    try:
        return (0, float(v), '')
    except ValueError:
        return (1, 0.0, v)


def tree(rows):
    # Each process follows its parent; a process whose parent is not
    # listed starts a tree, in the order ps lists them.
    listed = set(r['pid'] for r in rows)
    kids = {}
    for r in rows:
        kids.setdefault(r['ppid'], []).append(r)
    out, depth = [], {}

    def walk(r, d):
        out.append(r)
        depth[r['pid']] = d
        for c in kids.get(r['pid'], []):
            if c['pid'] != r['pid']:
                walk(c, d + 1)
    for r in rows:
        if r['ppid'] not in listed or r['ppid'] == r['pid']:
            walk(r, 0)
    return out, depth


def render(fields, cells, header):
    # Each column's ideal place comes from the widths; values keep at
    # least one space between them and catch up when padding allows.
    line = ''
    ideal = 0
    for k, fl in enumerate(fields):
        name = fl[0]
        head, width, right, text = COLUMNS[name]
        if fl[2] is not None:
            width = fl[2]
        cell = cells[k]
        last = k == len(fields) - 1
        if text and not last and not header and len(cell) > width:
            cell = cell[:width - 1] + '+' if name in ('user', 'euser', 'ruser', 'uname', 'group') else cell[:width]
        start = ideal + width - len(cell) if right else ideal
        if k:
            start = max(start, len(line) + 1)
        line += ' ' * (start - len(line)) + cell
        ideal += width + 1
    return line.rstrip() + '\n'


main(sys.argv[1:])
