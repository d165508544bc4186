# uses: _regex
# /bin/grep (GNU grep 3.8): basic regular expressions by default, -E
# extended, -F fixed strings (_regex.py); -e PATTERN (several), a pattern
# with newlines is several; -v -i -c -q -s -n -h -H -l -L -o -w -x -m NUM
# -A/-B/-C NUM (context, with -- between groups) and --color=always.
# Reads its files or stdin ("(standard input)"); status 0 if a line
# matched, 1 if none, 2 on an error (a bad pattern, a missing file) unless
# -q found a match.
import os, sys

USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n"


def die(msg, usage=False):
    os.write(2, ('grep: ' + msg + '\n' + (USAGE if usage else '')).encode())
    sys.exit(2)


def read_all(fd):
    data = b''
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        data += chunk
    text = data.decode('utf-8', 'replace')
    if not text:
        return []
    parts = text.split('\n')
    if parts[-1] == '':
        parts = parts[:-1]
    return parts


WITH_ARG = 'efmABCd'
flags = set()
patterns = []
files = []
num = {}
color = False
argv = sys.argv[1:]
i = 0
only_files = False
while i < len(argv):
    a = argv[i]
    i += 1
    if only_files or a == '-' or not a.startswith('-'):
        files.append(a)
        continue
    if a == '--':
        only_files = True
        continue
    if a.startswith('--'):
        name, eq, val = a[2:].partition('=')
        longs = {'invert-match': 'v', 'ignore-case': 'i', 'count': 'c', 'quiet': 'q', 'silent': 'q',
                 'no-messages': 's', 'line-number': 'n', 'no-filename': 'h', 'with-filename': 'H',
                 'files-with-matches': 'l', 'files-without-match': 'L', 'only-matching': 'o',
                 'word-regexp': 'w', 'line-regexp': 'x', 'extended-regexp': 'E', 'fixed-strings': 'F',
                 'basic-regexp': 'G'}
        if name in longs:
            flags.add(longs[name])
        elif name in ('regexp', 'max-count', 'after-context', 'before-context', 'context'):
            if not eq:
                if i >= len(argv):
                    die("option '--" + name + "' requires an argument", True)
                val = argv[i]
                i += 1
            key = {'regexp': 'e', 'max-count': 'm', 'after-context': 'A', 'before-context': 'B', 'context': 'C'}[name]
            if key == 'e':
                patterns.append(val)
            else:
                num[key] = val
        elif name in ('color', 'colour'):
            color = val == 'always'
        else:
            die("unrecognized option '" + a + "'", True)
        continue
    k = 1
    while k < len(a):
        c = a[k]
        k += 1
        if c in WITH_ARG:
            val = a[k:]
            if not val:
                if i >= len(argv):
                    die("option requires an argument -- '" + c + "'", True)
                val = argv[i]
                i += 1
            if c == 'e':
                patterns.append(val)
            elif c != 'f' and c != 'd':
                num[c] = val
            else:
                die('-' + c + ' is not supported by the simulator\'s grep')
            break
        if c.isdigit():
            num['C'] = a[k - 1:]
            break
        if c not in 'vicqsnhHlLowxEFGr':
            die("invalid option -- '" + c + "'", True)
        if c == 'r':
            die('-r is not supported by the simulator\'s grep')
        flags.add(c)
if not patterns:
    if not files:
        os.write(2, USAGE.encode())
        sys.exit(2)
    patterns.append(files.pop(0))
counts = {}
for key in 'mABC':
    if key in num:
        v = num[key]
        if not v.lstrip('-').isdigit():
            die('invalid ' + ('max count' if key == 'm' else 'context length argument'))
        counts[key] = int(v)
after = counts.get('A', counts.get('C', 0))
before = counts.get('B', counts.get('C', 0))
max_count = counts.get('m', -1)

icase = 'i' in flags
pats = []
for p in patterns:
    pats += p.split('\n')
matchers = []
for p in pats:
    if 'F' in flags:
        text = p
        rx = None
        tree = ('alt', [[('lit', ch) for ch in text]])
        rx = (tree, icase)
    else:
        try:
            rx = rx_compile(p, 'E' in flags, icase)
        except RxError as e:
            die(str(e))
    if 'x' in flags:
        rx = rx_whole(rx, 'x')
    elif 'w' in flags:
        rx = rx_whole(rx, 'w')
    matchers.append(rx)


def spans(line):
    # Every match of -o: leftmost-longest of any pattern, then on.
    out, at = [], 0
    while at <= len(line):
        best = None
        for rx in matchers:
            m = rx_search(rx, line, at)
            if m and (best is None or m[0] < best[0] or m[0] == best[0] and m[1] > best[1]):
                best = m
        if best is None:
            break
        if best[1] > best[0]:
            out.append(best)
            at = best[1]
        else:
            at = best[0] + 1
    return out


def hit(line):
    for rx in matchers:
        if rx_search(rx, line, 0, False):
            return True
    return False


invert = 'v' in flags
quiet = 'q' in flags
sources = files or ['-']
show_name = ('H' in flags or len(sources) > 1) and 'h' not in flags
status = 1
failed = False
out = []
for name in sources:
    label = '(standard input)' if name == '-' else name
    if name == '-':
        lines = read_all(0)
    else:
        try:
            fd = os.open(name, os.O_RDONLY)
            lines = read_all(fd)
            os.close(fd)
        except OSError as e:
            if 's' not in flags:
                os.write(2, ('grep: ' + name + ': ' + e.strerror + '\n').encode())
            failed = True
            continue
    n = 0
    last_shown = -1
    pending_after = 0
    for idx, line in enumerate(lines):
        if max_count >= 0 and n >= max_count:
            if pending_after and idx > last_shown:
                pass
            else:
                break
        selected = hit(line) != invert
        if selected and not (max_count >= 0 and n >= max_count):
            n += 1
            status = 0
            if quiet:
                sys.exit(0)
            if 'c' in flags or 'l' in flags or 'L' in flags:
                continue
            if (before or after) and last_shown >= 0 and idx - before > last_shown + 1:
                out.append('--\n')
            for j in range(max(last_shown + 1, idx - before), idx):
                out.append((label + '-' if show_name else '') + (str(j + 1) + '-' if 'n' in flags else '') + lines[j] + '\n')
            prefix = (label + ':' if show_name else '') + (str(idx + 1) + ':' if 'n' in flags else '')
            if 'o' in flags:
                if not invert:
                    for b, e in spans(line):
                        out.append(prefix + line[b:e] + '\n')
            elif color and not invert:
                painted, at = '', 0
                for b, e in spans(line):
                    painted += line[at:b] + '\033[01;31m\033[K' + line[b:e] + '\033[m\033[K'
                    at = e
                out.append(prefix + painted + line[at:] + '\n')
            else:
                out.append(prefix + line + '\n')
            last_shown = idx
            pending_after = after
        elif pending_after and not ('c' in flags or 'l' in flags or 'L' in flags):
            out.append((label + '-' if show_name else '') + (str(idx + 1) + '-' if 'n' in flags else '') + line + '\n')
            last_shown = idx
            pending_after -= 1
        elif max_count >= 0 and n >= max_count:
            break
    if 'c' in flags:
        out.append((label + ':' if show_name else '') + str(n) + '\n')
    if 'l' in flags and n:
        out.append(label + '\n')
    if 'L' in flags and not n:
        out.append(label + '\n')
    if out:
        os.write(1, ''.join(out).encode())
        out = []
if out:
    os.write(1, ''.join(out).encode())
sys.exit(2 if failed else status)
