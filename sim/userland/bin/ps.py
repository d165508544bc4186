# /bin/ps (procps-ng 4.0.2, Debian 12): the simulated process table, read
# through os._proc_table() as ps reads /proc. Selection: every process with
# -e, -A, ax, aux; -p PID[,PID]; --ppid PID[,PID]; else the terminal's
# processes (all but pid 1 here). Formats: the default (PID TTY TIME CMD),
# -f, aux, and -o with pid, ppid, pgid, stat, state/s, time, tty, comm/ucmd,
# cmd/args/command, user (a name followed by = hides its header).
import os, sys

# name: (header, width, right-aligned)
COLUMNS = {
    'pid': ('PID', 5, True), 'ppid': ('PPID', 5, True), 'pgid': ('PGID', 5, True),
    'pgrp': ('PGRP', 5, True), 'stat': ('STAT', 4, False), 's': ('S', 1, False),
    'state': ('S', 1, False), 'time': ('TIME', 8, True), 'cputime': ('TIME', 8, True),
    'tty': ('TT', 8, False), 'tname': ('TTY', 8, False), 'comm': ('COMMAND', 15, False),
    'ucmd': ('CMD', 15, False), 'ucomm': ('COMMAND', 15, False), 'cmd': ('CMD', 0, False),
    'args': ('COMMAND', 0, False), 'command': ('COMMAND', 0, False), 'user': ('USER', 8, False),
    'uid': ('UID', 5, True), 'c': ('C', 2, True), 'stime': ('STIME', 5, False),
    'pcpu': ('%CPU', 4, True), 'pmem': ('%MEM', 4, True), 'vsz': ('VSZ', 6, True),
    'rss': ('RSS', 5, True), 'start': ('START', 5, False), 'bsdtime': ('TIME', 6, True),
}

def cputime(sec):
    s = int(sec)
    return '%02d:%02d:%02d' % (s // 3600, s // 60 % 60, s % 60)

def value(name, row):
    pid, ppid, pgid, stat, comm, cmdline, cpu = row
    zombie = stat == 'Z'
    if name in ('pid',):
        return str(pid)
    if name == 'ppid':
        return str(ppid)
    if name in ('pgid', 'pgrp'):
        return str(pgid)
    if name == 'stat':
        return stat
    if name in ('s', 'state'):
        return stat[0]
    if name in ('time', 'cputime'):
        return cputime(cpu)
    if name == 'tty':
        return 'pts/0'
    if name == 'tname':
        return 'pts/0'
    if name in ('comm', 'ucmd', 'ucomm'):
        if zombie:
            return comm + ' <defunct>'
        return comm
    if name in ('cmd', 'args', 'command'):
        if zombie:
            return '[' + comm + '] <defunct>'
        return cmdline
    if name == 'user':
        return 'root'
    if name == 'uid':
        return '0'
    if name == 'c':
        return '0'
    if name in ('stime', 'start'):
        return '00:00'
    if name in ('pcpu', 'pmem'):
        return '0.0'
    if name in ('vsz', 'rss'):
        return '0'
    if name == 'bsdtime':
        s = int(cpu)
        return '%d:%02d' % (s // 60, s % 60)
    return '-'

def fail(msg):
    os.write(2, ('error: ' + msg + '\n\nUsage:\n ps [options]\n\n Try \'ps --help <simple|list|output|threads|misc|all>\'\n  or \'ps --help <s|l|o|t|m|a>\'\n for additional help text.\n\nFor more details see ps(1).\n').encode())
    sys.exit(1)

def main(argv):
    everyone = False
    pids = None
    ppids = None
    fields = []
    headers = {}
    fmt = 'default'
    i = 0
    while i < len(argv):
        a = argv[i]
        i += 1
        if a in ('-e', '-A', 'ax', '-ax', 'a', 'x', 'ef', '-ef', 'aux', 'axu', '-aux', 'au', 'ux'):
            everyone = everyone or a not in ('a', 'x', 'au', 'ux')
            if 'f' in a:
                fmt = 'full'
            if 'u' in a:
                fmt = 'user'
                everyone = True
        elif a == '-f':
            fmt = 'full'
        elif a in ('-o', 'o', '-O', '--format') or a.startswith('-o'):
            spec = a[2:] if a.startswith('-o') and len(a) > 2 else ''
            if not spec:
                if i >= len(argv):
                    fail('format specification must follow -o')
                spec = argv[i]
                i += 1
            fmt = 'custom'
            for part in spec.replace(' ', ',').split(','):
                if not part:
                    continue
                name = part
                head = None
                if '=' in part:
                    name, head = part.split('=', 1)
                name = name.lower()
                if name not in COLUMNS:
                    fail('unknown user-defined format specifier "' + name + '"')
                fields.append(name)
                headers[len(fields) - 1] = head
        elif a in ('-p', 'p', '--pid', '-q'):
            if i >= len(argv):
                fail('list of process IDs must follow -p')
            pids = [int(x) for x in argv[i].split(',') if x]
            i += 1
        elif a.startswith('-p') and a[2:].isdigit():
            pids = [int(a[2:])]
        elif a == '--ppid':
            if i >= len(argv):
                fail('list of process IDs must follow --ppid')
            ppids = [int(x) for x in argv[i].split(',') if x]
            i += 1
        elif a.isdigit():
            pids = (pids or []) + [int(a)]
        else:
            fail('unsupported option (BSD syntax)' if not a.startswith('-') else 'unsupported SysV option')
    if fmt == 'default':
        fields = ['pid', 'tname', 'time', 'ucmd']
    elif fmt == 'full':
        fields = ['uid_name', 'pid', 'ppid', 'c', 'stime', 'tname', 'time', 'cmd']
    elif fmt == 'user':
        fields = ['user', 'pid', 'pcpu', 'pmem', 'vsz', 'rss', 'tname', 'stat', 'start', 'bsdtime', 'command']
    rows = []
    for row in os._proc_table():
        pid, ppid = row[0], row[1]
        if pids is not None or ppids is not None:
            if not ((pids is not None and pid in pids) or (ppids is not None and ppid in ppids)):
                continue
        elif not everyone and pid == 1:
            continue
        rows.append(row)
    lines = []
    show_header = fmt != 'custom' or any(headers.get(k) != '' for k in range(len(fields)))
    table = []
    if show_header:
        table.append([header(f, headers.get(k)) for k, f in enumerate(fields)])
    for row in rows:
        table.append([value('user' if f == 'uid_name' else f, row) for f in fields])
    out = []
    for cells in table:
        parts = []
        for k, f in enumerate(fields):
            spec = COLUMNS['user' if f == 'uid_name' else f]
            width = spec[1]
            if f == 'uid_name':
                width = 8
            cell = cells[k]
            last = k == len(fields) - 1
            if spec[2]:
                parts.append(cell.rjust(width))
            elif last:
                parts.append(cell)
            else:
                parts.append(cell.ljust(width))
        out.append(' '.join(parts).rstrip() + '\n')
    os.write(1, ''.join(out).encode())
    if not rows:
        sys.exit(1)

def header(f, given):
    if given is not None:
        return given
    if f == 'uid_name':
        return 'UID'
    return COLUMNS[f][0]

main(sys.argv[1:])
