# /usr/bin/pstree (psmisc 23.6): the process tree from init, or from PID.
# Children sorted by name (-n: by pid); threads as {name}; identical
# sibling subtrees merged as N*[...] (not with -p, -c, or -a but for
# threads); -p (pid), -g (pgid), -a (command lines, one process a line,
# a zombie as (name)), -s (the ancestors first), -T (no threads), -h (the
# ancestors of pstree in bold), -A/-U (ASCII or UTF-8 lines; by default
# UTF-8 on a terminal with a UTF-8 locale, else ASCII). Lines are not cut
# to the terminal's width (the simulated terminal has none).
import os, sys

USAGE = """Usage: pstree [-acglpsStTuZ] [ -h | -H PID ] [ -n | -N type ]
              [ -A | -G | -U ] [ PID | USER ]
   or: pstree -V

Display a tree of processes.

  -a, --arguments     show command line arguments
  -A, --ascii         use ASCII line drawing characters
  -c, --compact-not   don't compact identical subtrees
  -C, --color=TYPE    color process by attribute
                      (age)
  -g, --show-pgids    show process group ids; implies -c
  -G, --vt100         use VT100 line drawing characters
  -h, --highlight-all highlight current process and its ancestors
  -H PID, --highlight-pid=PID
                      highlight this process and its ancestors
  -l, --long          don't truncate long lines
  -n, --numeric-sort  sort output by PID
  -N TYPE, --ns-sort=TYPE
                      sort output by this namespace type
                              (cgroup, ipc, mnt, net, pid, time, user, uts)
  -p, --show-pids     show PIDs; implies -c
  -s, --show-parents  show parents of the selected process
  -S, --ns-changes    show namespace transitions
  -t, --thread-names  show full thread names
  -T, --hide-threads  hide threads, show only processes
  -u, --uid-changes   show uid transitions
  -U, --unicode       use UTF-8 (Unicode) line drawing characters
  -V, --version       display version information
  -Z, --security-context
                      show security attributes

  PID    start at this PID; default is 1 (init)
  USER   show only trees rooted at processes of this user

"""

opts = set()
root = None
highlight = None
LONG = {'arguments': 'a', 'ascii': 'A', 'compact-not': 'c', 'show-pgids': 'g', 'highlight-all': 'h',
        'long': 'l', 'numeric-sort': 'n', 'show-pids': 'p', 'show-parents': 's', 'hide-threads': 'T',
        'uid-changes': 'u', 'unicode': 'U', 'thread-names': 't'}
for a in sys.argv[1:]:
    if a.startswith('--'):
        key = LONG.get(a[2:])
        if key is None:
            os.write(2, ("pstree: unrecognized option '" + a + "'\n" + USAGE).encode())
            sys.exit(1)
        opts.add(key)
    elif a.startswith('-') and len(a) > 1:
        for c in a[1:]:
            if c not in 'acAglhnpsTtuUV':
                os.write(2, ("pstree: invalid option -- '" + c + "'\n" + USAGE).encode())
                sys.exit(1)
            opts.add(c)
    elif a.isdigit():
        root = int(a)
    elif a == 'root':
        root = 1
    else:
        os.write(2, ('No such user name: ' + a + '\n').encode())
        sys.exit(1)
if 'V' in opts:
    os.write(2, b'pstree (PSmisc) 23.6\n')
    sys.exit(0)

table = {}
kids = {}
me = os.getpid()
for r in os._proc_table():
    pid, ppid, pgid, stat, comm, cmdline = r[0], r[1], r[2], r[3], r[4], r[5]
    table[pid] = {'pid': pid, 'ppid': ppid, 'pgid': pgid, 'zombie': stat[0] == 'Z', 'comm': comm,
                  'cmdline': cmdline, 'tids': list(r[15]), 'thread': False}
for pid, p in table.items():
    kids.setdefault(p['ppid'], []).append(p)
if root is None:
    root = 1
if root not in table:
    sys.exit(0)

utf8 = 'U' in opts or 'A' not in opts and os.isatty(1) and 'UTF-8' in os.environ.get('LANG', '').upper().replace('UTF8', 'UTF-8')
if utf8:
    FIRST, SINGLE, MID, LAST, BAR, HORIZ = '\u2500\u252c\u2500', '\u2500\u2500\u2500', '\u251c\u2500', '\u2514\u2500', '\u2502', '\u2500'
else:
    FIRST, SINGLE, MID, LAST, BAR, HORIZ = '-+-', '---', '|-', '`-', '|', '-'
compact = not ({'p', 'c', 'g'} & opts)
args_mode = 'a' in opts
bold = set()
if 'h' in opts and os.isatty(1):
    p = table.get(me)
    while p is not None:
        bold.add(p['pid'])
        p = table.get(p['ppid']) if p['ppid'] != p['pid'] else None


def children(p):
    if p['thread']:
        return []
    out = sorted(kids.get(p['pid'], []), key=lambda c: (c['pid'],) if 'n' in opts else (c['comm'], c['pid']))
    if 'T' not in opts:
        threads = [{'pid': t, 'ppid': p['pid'], 'pgid': p['pgid'], 'zombie': False, 'comm': '{' + p['comm'] + '}',
                    'cmdline': '', 'tids': [], 'thread': True} for t in p['tids']]
        if 'n' in opts:
            out = sorted(out + threads, key=lambda c: c['pid'])
        else:
            out = sorted(out + threads, key=lambda c: (c['comm'], c['pid']))
    return out


def label(p):
    name = p['comm']
    ids = []
    if 'p' in opts:
        ids.append(str(p['pid']))
    if 'g' in opts:
        ids.append(str(p['pgid']))
    if args_mode:
        text = name + (',' + ','.join(ids) if ids else '')
        if p['zombie']:
            return '(' + text + ')'
        if not p['thread']:
            words = p['cmdline'].split(' ')[1:] if p['cmdline'] else []
            if words:
                text += ' ' + ' '.join(words)
        return text
    if ids:
        name += '(' + ','.join(ids) + ')'
    if p['pid'] in bold and not p['thread']:
        name = '\033[1m' + name + '\033[0m'
    return name


def same(a, b):
    if a['comm'] != b['comm'] or a['thread'] != b['thread']:
        return False
    if args_mode and not a['thread']:
        return False
    ca, cb = children(a), children(b)
    return len(ca) == len(cb) and all(same(x, y) for x, y in zip(ca, cb))


def groups(p):
    # The children as (child, count): identical siblings merged.
    out = []
    used = set()
    cs = children(p)
    for i, c in enumerate(cs):
        if i in used:
            continue
        n = 1
        if compact and (not args_mode or c['thread']):
            for j in range(i + 1, len(cs)):
                if j not in used and same(c, cs[j]):
                    used.add(j)
                    n += 1
        out.append((c, n))
    return out


lines = []


def width(text):
    # Columns the text takes: escapes take none.
    n, k = 0, 0
    while k < len(text):
        if text[k] == '\033':
            k = text.index('m', k) + 1
            continue
        n += 1
        k += 1
    return n


def dump(p, n, line, bars, col, closing):
    # line: the text of the current line so far (this node goes at its
    # end); bars: for each ancestor level, (column of its connector, more
    # siblings below); closing: the ']'s to write after this subtree.
    text = (str(n) + '*[' if n > 1 else '') + label(p)
    line += text
    col += width(text)
    gs = groups(p)
    if not gs:
        lines.append(line + ']' * (closing + (1 if n > 1 else 0)))
        return
    inner = closing + (1 if n > 1 else 0)
    for k, (c, cn) in enumerate(gs):
        last = k == len(gs) - 1
        if k == 0:
            conn = SINGLE if len(gs) == 1 else FIRST
            head = line + conn
        else:
            head = ''
            at = 0
            for bcol, more in bars:
                head += ' ' * (bcol - at) + (BAR if more else ' ')
                at = bcol + 1
            head += ' ' * (col + 1 - at) + (LAST if last else MID)
        sub_bars = bars + [(col + 1, not last)]
        dump(c, cn, head, sub_bars, col + 3, inner if last else 0)


def emit_args(p, n, prefix, last, top):
    # One line of -a output; returns the prefix of its children's lines.
    text = (str(n) + '*[' if n > 1 else '') + label(p) + (']' if n > 1 else '')
    if top:
        lines.append(text)
        return '  '
    lines.append(prefix + (LAST if last else MID) + text)
    return prefix + (' ' if last else BAR) + '   '


def dump_args(p, n, prefix, last, top):
    child_prefix = emit_args(p, n, prefix, last, top)
    if n > 1:
        return
    gs = groups(p)
    for k, (c, cn) in enumerate(gs):
        dump_args(c, cn, child_prefix, k == len(gs) - 1, False)


start = table[root]
if 's' in opts:
    chain = []
    p = table.get(start['ppid'])
    while p is not None:
        chain.append(p)
        p = table.get(p['ppid']) if p['ppid'] != p['pid'] else None
    chain.reverse()
else:
    chain = []
if args_mode:
    prefix = None
    for k, a in enumerate(chain):
        prefix = emit_args(a, 1, prefix or '', True, k == 0)
    dump_args(start, 1, prefix or '', True, not chain)
else:
    line, col, bars = '', 0, []
    for a in chain:
        t = label(a)
        line += t + SINGLE
        col += width(t) + 3
    dump(start, 1, line, bars, col, 0)
os.write(1, ''.join(l + '\n' for l in lines).encode())
