# Regular expressions for the userland's grep, pgrep and awk, as POSIX
# writes them: extended (ERE: | + ? {m,n} ( ) are operators) or basic (BRE:
# they are operators only after a backslash, as GNU allows), with bracket
# expressions ([a-z], [^...], [[:digit:]]), . ^ $, and GNU's \w \W \s \S
# \b \< \>. Not a program: Program() puts it before the ones that ask for
# it. A match is found by backtracking, leftmost; rx_search returns its
# span, the longest at the leftmost start as POSIX asks.

RX_CLASSES = {
    'alpha': lambda c: c.isalpha(), 'digit': lambda c: '0' <= c <= '9',
    'alnum': lambda c: c.isalnum(), 'upper': lambda c: c.isupper(),
    'lower': lambda c: c.islower(), 'space': lambda c: c in ' \t\n\r\f\v',
    'blank': lambda c: c in ' \t', 'punct': lambda c: c.isprintable() and not c.isalnum() and c != ' ' and ord(c) < 128,
    'print': lambda c: c.isprintable(), 'graph': lambda c: c.isprintable() and c != ' ',
    'cntrl': lambda c: ord(c) < 32 or ord(c) == 127,
    'xdigit': lambda c: c in '0123456789abcdefABCDEF',
}


class RxError(Exception):
    pass


def rx_word(c):
    return c.isalnum() or c == '_'


def rx_compile(pat, extended, icase=False):
    # A tree of tuples: ('alt', [seq, ...]) at the top and in groups, a
    # seq a list of nodes: ('lit', c), ('any',), ('set', neg, items),
    # ('bol',), ('eol',), ('wb',), ('nwb',), ('bow',), ('eow',),
    # ('rep', node, lo, hi) with hi -1 for no limit, ('alt', seqs).
    pos = [0]

    def peek():
        return pat[pos[0]] if pos[0] < len(pat) else None

    def parse_alt(depth):
        seqs = [parse_seq(depth)]
        while pos[0] < len(pat):
            if extended and pat[pos[0]] == '|':
                pos[0] += 1
            elif not extended and pat.startswith('\\|', pos[0]):
                pos[0] += 2
            else:
                break
            seqs.append(parse_seq(depth))
        return ('alt', seqs)

    def parse_seq(depth):
        seq = []
        while pos[0] < len(pat):
            c = pat[pos[0]]
            if extended and c == '|' or not extended and pat.startswith('\\|', pos[0]):
                break
            if depth and (extended and c == ')' or not extended and pat.startswith('\\)', pos[0])):
                break
            node = parse_atom(seq)
            if node is None:
                continue
            seq.append(parse_reps(node))
        return seq

    def parse_reps(node):
        while pos[0] < len(pat):
            c = pat[pos[0]]
            if c == '*':
                pos[0] += 1
                node = ('rep', node, 0, -1)
            elif extended and c in '+?':
                pos[0] += 1
                node = ('rep', node, 1 if c == '+' else 0, -1 if c == '+' else 1)
            elif not extended and pat.startswith('\\+', pos[0]) or not extended and pat.startswith('\\?', pos[0]):
                c = pat[pos[0] + 1]
                pos[0] += 2
                node = ('rep', node, 1 if c == '+' else 0, -1 if c == '+' else 1)
            elif extended and c == '{' or not extended and pat.startswith('\\{', pos[0]):
                start = pos[0]
                pos[0] += 1 if extended else 2
                close = '}' if extended else '\\}'
                end = pat.find(close, pos[0])
                body = pat[pos[0]:end] if end >= 0 else ''
                lo, comma, hi = body.partition(',')
                if end < 0 or not (lo.isdigit() or lo == '' and comma) or hi and not hi.isdigit():
                    if extended:
                        pos[0] = start
                        return node
                    raise RxError('Unmatched \\{')
                pos[0] = end + len(close)
                lo = int(lo) if lo else 0
                hi = (int(hi) if hi else -1) if comma else lo
                if 0 <= hi < lo:
                    raise RxError('Invalid content of \\{\\}')
                node = ('rep', node, lo, hi)
            else:
                return node
        return node

    def parse_atom(seq):
        c = pat[pos[0]]
        pos[0] += 1
        if c == '.':
            return ('any',)
        if c == '^' and (extended or not seq):
            return ('bol',)
        if c == '$' and (extended or pos[0] == len(pat) or pat.startswith('\\)', pos[0]) or pat.startswith('\\|', pos[0])):
            return ('eol',)
        if c == '[':
            return parse_set()
        if c == '*' and not seq:
            return ('lit', '*')
        if extended and c == '(':
            node = parse_alt(1)
            if peek() != ')':
                raise RxError('Unmatched ( or \\(')
            pos[0] += 1
            return node
        if extended and c == ')':
            return ('lit', ')')
        if c == '\\':
            if pos[0] >= len(pat):
                raise RxError('Trailing backslash')
            e = pat[pos[0]]
            pos[0] += 1
            if not extended and e == '(':
                node = parse_alt(1)
                if not pat.startswith('\\)', pos[0]):
                    raise RxError('Unmatched ( or \\(')
                pos[0] += 2
                return node
            if e == 'w':
                return ('set', False, [('class', 'alnum'), ('_', '_')])
            if e == 'W':
                return ('set', True, [('class', 'alnum'), ('_', '_')])
            if e == 's':
                return ('set', False, [('class', 'space')])
            if e == 'S':
                return ('set', True, [('class', 'space')])
            if e == 'b':
                return ('wb',)
            if e == 'B':
                return ('nwb',)
            if e == '<':
                return ('bow',)
            if e == '>':
                return ('eow',)
            return ('lit', e)
        return ('lit', c)

    def parse_set():
        start = pos[0]
        neg = False
        if peek() == '^':
            neg = True
            pos[0] += 1
        items = []
        first = True
        while True:
            if pos[0] >= len(pat):
                raise RxError('Unmatched [, [^, [:, [., or [=' if start < len(pat) else 'Invalid regular expression')
            c = pat[pos[0]]
            if c == ']' and not first:
                pos[0] += 1
                break
            first = False
            if pat.startswith('[:', pos[0]):
                end = pat.find(':]', pos[0] + 2)
                name = pat[pos[0] + 2:end] if end >= 0 else ''
                if name not in RX_CLASSES:
                    raise RxError('Invalid character class name')
                items.append(('class', name))
                pos[0] = end + 2
                continue
            pos[0] += 1
            if pos[0] + 1 < len(pat) and pat[pos[0]] == '-' and pat[pos[0] + 1] != ']':
                hi = pat[pos[0] + 1]
                if hi < c:
                    raise RxError('Invalid range end')
                items.append((c, hi))
                pos[0] += 2
            else:
                items.append((c, c))
        return ('set', neg, items)

    tree = parse_alt(0)
    if pos[0] < len(pat):
        raise RxError('Unmatched ) or \\)')
    return (tree, icase)


def rx_one(node, s, i, icase):
    # Whether the one-character node matches s[i].
    if i >= len(s):
        return False
    c = s[i]
    kind = node[0]
    if kind == 'any':
        return c != '\n'
    if kind == 'lit':
        if icase:
            return c.lower() == node[1].lower()
        return c == node[1]
    if kind == 'set':
        hit = False
        for item in node[2]:
            if item[0] == 'class':
                hit = RX_CLASSES[item[1]](c)
            elif icase:
                hit = item[0] <= c.lower() <= item[1] or item[0] <= c.upper() <= item[1]
            else:
                hit = item[0] <= c <= item[1]
            if hit:
                break
        return hit != node[1]
    return False


def rx_seq(seq, k, s, i, icase, cont):
    # Match seq[k:] at s[i], then cont(end); the end that cont accepted, or -1.
    if k == len(seq):
        return cont(i)
    node = seq[k]
    kind = node[0]
    if kind in ('lit', 'any', 'set'):
        if rx_one(node, s, i, icase):
            return rx_seq(seq, k + 1, s, i + 1, icase, cont)
        return -1
    if kind in ('bol', 'eol', 'wb', 'nwb', 'bow', 'eow', 'nwprev', 'nwnext'):
        before = i > 0 and rx_word(s[i - 1])
        after = i < len(s) and rx_word(s[i])
        ok = {'bol': i == 0, 'eol': i == len(s), 'wb': before != after, 'nwb': before == after,
              'bow': after and not before, 'eow': before and not after,
              'nwprev': not before, 'nwnext': not after}[kind]
        return rx_seq(seq, k + 1, s, i, icase, cont) if ok else -1
    if kind == 'alt':
        for alt in node[1]:
            r = rx_seq(alt, 0, s, i, icase, lambda j: rx_seq(seq, k + 1, s, j, icase, cont))
            if r >= 0:
                return r
        return -1
    # A repetition: greedy. A one-character node's run is counted at once.
    sub, lo, hi = node[1], node[2], node[3]
    if sub[0] in ('lit', 'any', 'set'):
        n = 0
        while (hi < 0 or n < hi) and rx_one(sub, s, i + n, icase):
            n += 1
        while n >= lo:
            r = rx_seq(seq, k + 1, s, i + n, icase, cont)
            if r >= 0:
                return r
            n -= 1
        return -1

    def more(j, count):
        if hi < 0 or count < hi:
            r = rx_seq([sub], 0, s, j, icase, lambda e: more(e, count + 1) if e != j else -1)
            if r >= 0:
                return r
        if count >= lo:
            return rx_seq(seq, k + 1, s, j, icase, cont)
        return -1
    return more(i, 0)


def rx_whole(rx, mode):
    # The pattern as grep's -w (mode 'w': no word character just before or
    # after the match) or -x (mode 'x': the whole line) takes it.
    tree, icase = rx
    if mode == 'w':
        return (('alt', [[('nwprev',), tree, ('nwnext',)]]), icase)
    return (('alt', [[('bol',), tree, ('eol',)]]), icase)


def rx_search(rx, s, start=0, longest=True):
    # The leftmost match at or after start, the longest there unless
    # longest is False (any match will do): (begin, end), or None.
    tree, icase = rx
    for i in range(start, len(s) + 1):
        best = [-1]

        def accept(j):
            if j > best[0]:
                best[0] = j
            return -1 if longest else j  # go on: every end is tried, the longest kept
        rx_seq([tree], 0, s, i, icase, accept)
        if best[0] >= 0:
            return (i, best[0])
    return None
