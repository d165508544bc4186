# re: regular expressions for str patterns, condensed from the behaviour
# of CPython's Lib/re/ (3.11+; Lib/re.py and sre_*.py up to 3.10) and
# Modules/_sre.c (3.8-3.14): compile, match, search, fullmatch, findall,
# finditer, sub, subn, split, escape, the Match object and the flags
# IGNORECASE, MULTILINE, DOTALL, ASCII and VERBOSE.
#
# The engine is a backtracking matcher over a parsed pattern (CPython
# compiles to sre bytecode); it follows sre's rules for greedy and lazy
# repeats, groups, backreferences, lookahead, fixed-width lookbehind,
# anchors and empty matches (3.7's "must advance" rule in finditer, sub
# and split). Left out: bytes patterns, possessive quantifiers and atomic
# groups (3.11), conditional groups (?(1)...), LOCALE, the exact wording
# of re.error's messages, and speed: every step of the matcher is Python
# run by the simulator.

import sys
import _text

I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
A = ASCII = 256
NOFLAG = 0


class error(Exception):
    # re.error: a pattern that does not compile.

    def __init__(self, msg, pattern=None, pos=None):
        if pos is not None:
            msg = '%s at position %d' % (msg, pos)
        Exception.__init__(self, msg)
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


_SPECIAL = '.^$*+?{}[]\\|()'
_REPEAT_MAX = 4294967295


class _Parser(object):
    # The pattern parser (sre_parse): nodes are tuples; a sequence is a
    # list of nodes; alternatives are a list of sequences.

    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}

    def error(self, msg):
        raise error(msg, self.p, self.i)

    def parse(self):
        self._leading_flags()
        alts = self.alternatives()
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                self.error('unbalanced parenthesis')
            self.error('unexpected character')
        return alts

    def _leading_flags(self):
        # (?aiLmsux) at the start sets flags for the whole pattern.
        while self.p[self.i:self.i + 2] == '(?' and self.i + 2 < len(self.p) and self.p[self.i + 2] in 'aiLmsux':
            j = self.i + 2
            flags = 0
            while j < len(self.p) and self.p[j] in 'aiLmsux':
                flags |= {'a': A, 'i': I, 'L': L, 'm': M, 's': S, 'u': U, 'x': X}[self.p[j]]
                j += 1
            if j >= len(self.p) or self.p[j] != ')':
                return
            self.flags |= flags
            self.i = j + 1

    def alternatives(self):
        alts = [self.sequence()]
        while self.i < len(self.p) and self.p[self.i] == '|':
            self.i += 1
            alts.append(self.sequence())
        return alts

    def sequence(self):
        seq = []
        while self.i < len(self.p) and self.p[self.i] not in '|)':
            ch = self.p[self.i]
            if self.flags & X and (ch.isspace() or ch == '#'):
                self._skip_verbose()
                continue
            atom = self.atom()
            if atom is None:
                continue
            seq.append(self.quantified(atom))
        return seq

    def _skip_verbose(self):
        if self.p[self.i] == '#':
            while self.i < len(self.p) and self.p[self.i] != '\n':
                self.i += 1
        self.i += 1

    def quantified(self, atom):
        # *, +, ?, {m,n}, each optionally lazy with a trailing ?.
        if self.i >= len(self.p):
            return atom
        ch = self.p[self.i]
        if ch in '*+?':
            lo, hi = {'*': (0, _REPEAT_MAX), '+': (1, _REPEAT_MAX), '?': (0, 1)}[ch]
            self.i += 1
        elif ch == '{':
            bounds = self._braces()
            if bounds is None:
                return atom
            lo, hi = bounds
        else:
            return atom
        if atom[0] in ('bol', 'eol', 'wordb', 'nwordb', 'A', 'Z'):
            self.error('nothing to repeat')
        greedy = True
        if self.i < len(self.p) and self.p[self.i] == '?':
            greedy = False
            self.i += 1
        if self.i < len(self.p) and self.p[self.i] in '*+{' and self.p[self.i:self.i + 2] != '{}':
            if self.p[self.i] != '{' or self._looks_like_braces():
                self.error('multiple repeat')
        return ('rep', atom, lo, hi, greedy)

    def _looks_like_braces(self):
        j = _text.find(self.p, '}', self.i)
        if j < 0:
            return False
        body = self.p[self.i + 1:j]
        return body != '' and all(c.isdigit() or c == ',' for c in body)

    def _braces(self):
        # {m}, {m,}, {,n}, {m,n}; anything else is a literal '{'.
        j = _text.find(self.p, '}', self.i)
        if j < 0:
            return None
        body = self.p[self.i + 1:j]
        lo_text, comma, hi_text = body.partition(',')
        if not (lo_text == '' or lo_text.isdigit()) or not (hi_text == '' or hi_text.isdigit()):
            return None
        if not comma and not lo_text:
            return None
        lo = int(lo_text) if lo_text else 0
        hi = (int(hi_text) if hi_text else _REPEAT_MAX) if comma else lo
        if hi < lo:
            self.error('min repeat greater than max repeat')
        self.i = j + 1
        return lo, hi

    def atom(self):
        p = self.p
        ch = p[self.i]
        self.i += 1
        if ch == '.':
            return ('any',)
        if ch == '^':
            return ('bol',)
        if ch == '$':
            return ('eol',)
        if ch == '[':
            return self.charset()
        if ch == '(':
            return self.group()
        if ch == '\\':
            return self.escape(False)
        if ch in '*+?':
            self.error('nothing to repeat')
        if ch == '{' and self._looks_like_braces_at(self.i - 1):
            self.error('nothing to repeat')
        return ('lit', ch)

    def _looks_like_braces_at(self, i):
        saved = self.i
        self.i = i
        ok = self._looks_like_braces()
        self.i = saved
        return ok

    def escape(self, in_set):
        # An escape after the backslash: classes, anchors, backreferences
        # and character escapes.
        if self.i >= len(self.p):
            self.error('bad escape (end of pattern)')
        ch = self.p[self.i]
        self.i += 1
        if ch in 'dDwWsS':
            return ('class', ch)
        simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '0': '\0'}
        if ch in simple:
            return ('lit', simple[ch])
        if ch == 'b':
            return ('lit', '\b') if in_set else ('wordb',)
        if not in_set:
            if ch == 'B':
                return ('nwordb',)
            if ch == 'A':
                return ('A',)
            if ch == 'Z':
                return ('Z',)
            if ch.isdigit():
                j = self.i
                while j < len(self.p) and self.p[j].isdigit() and j - self.i < 1:
                    j += 1
                n = int(self.p[self.i - 1:j])
                self.i = j
                if n > self.ngroups:
                    self.error('invalid group reference %d' % n)
                return ('backref', n)
        if ch == 'x':
            return ('lit', chr(self._hex(2)))
        if ch == 'u':
            return ('lit', chr(self._hex(4)))
        if ch == 'U':
            return ('lit', chr(self._hex(8)))
        if ch.isalnum():
            self.i -= 2
            self.error('bad escape \\%s' % ch)
        return ('lit', ch)

    def _hex(self, n):
        digits = self.p[self.i:self.i + n]
        if len(digits) != n or any(c not in '0123456789abcdefABCDEF' for c in digits):
            self.error('incomplete escape')
        self.i += n
        return int(digits, 16)

    def charset(self):
        # [...]: ranges, classes and escapes; a leading ^ negates, a
        # leading ] is literal.
        negate = False
        if self.i < len(self.p) and self.p[self.i] == '^':
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(self.p):
                self.error('unterminated character set')
            ch = self.p[self.i]
            if ch == ']' and not first:
                self.i += 1
                break
            first = False
            self.i += 1
            if ch == '\\':
                item = self.escape(True)
                if item[0] == 'class':
                    items.append(item)
                    continue
                lo = item[1]
            else:
                lo = ch
            if self.p[self.i:self.i + 1] == '-' and self.p[self.i + 1:self.i + 2] not in (']', ''):
                self.i += 1
                hi_ch = self.p[self.i]
                self.i += 1
                if hi_ch == '\\':
                    item = self.escape(True)
                    if item[0] == 'class':
                        self.error('bad character range')
                    hi_ch = item[1]
                if hi_ch < lo:
                    self.error('bad character range %s-%s' % (lo, hi_ch))
                items.append(('range', lo, hi_ch))
            else:
                items.append(('range', lo, lo))
        return ('set', negate, items)

    def group(self):
        # (...), (?:...), (?P<name>...), (?P=name), lookarounds, (?#...)
        # and scoped flags (?i:...).
        p = self.p
        index = None
        kind = 'group'
        if p[self.i:self.i + 1] == '?':
            self.i += 1
            ch = p[self.i:self.i + 1]
            if ch == ':':
                self.i += 1
            elif ch == 'P' and p[self.i + 1:self.i + 2] == '<':
                end = _text.find(p, '>', self.i)
                if end < 0:
                    self.error('missing >, unterminated name')
                name = p[self.i + 2:end]
                if not name.isidentifier():
                    self.error("bad character in group name '%s'" % name)
                if name in self.names:
                    self.error("redefinition of group name '%s' as group %d; was group %d"
                               % (name, self.ngroups + 1, self.names[name]))
                self.i = end + 1
                self.ngroups += 1
                index = self.ngroups
                self.names[name] = index
            elif ch == 'P' and p[self.i + 1:self.i + 2] == '=':
                end = _text.find(p, ')', self.i)
                name = p[self.i + 2:end]
                if name not in self.names:
                    self.error("unknown group name '%s'" % name)
                self.i = end + 1
                return ('backref', self.names[name])
            elif ch == '#':
                end = _text.find(p, ')', self.i)
                if end < 0:
                    self.error('missing ), unterminated comment')
                self.i = end + 1
                return None
            elif ch in ('=', '!'):
                self.i += 1
                kind = 'ahead' if ch == '=' else 'nahead'
            elif ch == '<' and p[self.i + 1:self.i + 2] in ('=', '!'):
                kind = 'behind' if p[self.i + 1] == '=' else 'nbehind'
                self.i += 2
            elif ch and ch in 'aiLmsux-':
                return self._scoped_flags()
            else:
                self.error('unknown extension ?' + ch)
        else:
            self.ngroups += 1
            index = self.ngroups
        alts = self.alternatives()
        if self.i >= len(p) or p[self.i] != ')':
            self.error('missing ), unterminated subpattern')
        self.i += 1
        if kind in ('behind', 'nbehind'):
            widths = set(_width(seq) for seq in alts)
            if len(widths) != 1 or None in widths:
                self.error('look-behind requires fixed-width pattern')
            return (kind, alts, widths.pop())
        if kind != 'group':
            return (kind, alts)
        return ('group', index, alts)

    def _scoped_flags(self):
        # (?i:...) and the like: the flags apply inside the group only.
        j = self.i
        on = 0
        while j < len(self.p) and self.p[j] in 'aiLmsux':
            on |= {'a': A, 'i': I, 'L': L, 'm': M, 's': S, 'u': U, 'x': X}[self.p[j]]
            j += 1
        off = 0
        if j < len(self.p) and self.p[j] == '-':
            j += 1
            while j < len(self.p) and self.p[j] in 'imsx':
                off |= {'i': I, 'm': M, 's': S, 'x': X}[self.p[j]]
                j += 1
        if j >= len(self.p) or self.p[j] != ':':
            self.error('global flags not at the start of the expression')
        self.i = j + 1
        saved = self.flags
        self.flags = (self.flags | on) & ~off
        alts = self.alternatives()
        self.flags = saved
        if self.i >= len(self.p) or self.p[self.i] != ')':
            self.error('missing ), unterminated subpattern')
        self.i += 1
        return ('flags', (saved | on) & ~off, alts)


def _width(seq):
    # The fixed width of a sequence, or None.
    total = 0
    for node in seq:
        kind = node[0]
        if kind in ('lit', 'any', 'set', 'class'):
            total += 1
        elif kind in ('bol', 'eol', 'wordb', 'nwordb', 'A', 'Z', 'ahead', 'nahead', 'behind', 'nbehind'):
            pass
        elif kind == 'rep' and node[2] == node[3]:
            w = _width([node[1]])
            if w is None:
                return None
            total += w * node[2]
        elif kind in ('group', 'flags'):
            widths = set(_width(s) for s in node[2])
            if len(widths) != 1 or None in widths:
                return None
            total += widths.pop()
        else:
            return None
    return total


def _in_class(ch, code, ascii_only):
    # \d \w \s and their negations.
    if code in 'dD':
        ok = ('0' <= ch <= '9') if ascii_only else ch.isdigit()
    elif code in 'wW':
        ok = ch == '_' or (ch.isalnum() and (not ascii_only or ch < '\x80'))
    else:
        ok = ch in ' \t\n\r\x0b\x0c' if ascii_only else ch.isspace()
    return ok if code.islower() else not ok


class _Matcher(object):
    # One match attempt: the string, the capture slots, and the
    # continuation-passing backtracking of sre.

    def __init__(self, string, flags, ngroups, endpos):
        self.s = string
        self.n = endpos
        self.flags = flags
        self.marks = [None] * (ngroups + 1)

    def seq(self, seq, k, pos, flags, cont):
        # Match seq[k:] at pos, then cont(pos).
        if k == len(seq):
            return cont(pos)
        node = seq[k]
        kind = node[0]
        if kind == 'rep':
            return self.rep(node, seq, k, pos, flags, cont)
        return self.node(node, pos, flags, lambda p: self.seq(seq, k + 1, p, flags, cont))

    def single(self, node, pos, flags):
        # A one-character node at pos: True or False.
        if pos >= self.n:
            return False
        ch = self.s[pos]
        kind = node[0]
        if kind == 'lit':
            if flags & I:
                return ch.lower() == node[1].lower()
            return ch == node[1]
        if kind == 'any':
            return flags & S or ch != '\n'
        if kind == 'class':
            return _in_class(ch, node[1], flags & A)
        ok = False
        for item in node[2]:
            if item[0] == 'class':
                if _in_class(ch, item[1], flags & A):
                    ok = True
                    break
            elif item[1] <= ch <= item[2] or (flags & I and (item[1] <= ch.lower() <= item[2]
                                                             or item[1] <= ch.upper() <= item[2])):
                ok = True
                break
        return ok != node[1]

    def node(self, node, pos, flags, cont):
        kind = node[0]
        if kind in ('lit', 'any', 'class', 'set'):
            return self.single(node, pos, flags) and cont(pos + 1)
        if kind == 'group':
            index = node[1]
            if index is None:
                return self.alts(node[2], pos, flags, cont)
            saved = self.marks[index]

            def close(p):
                old = self.marks[index]
                self.marks[index] = (pos, p)
                if cont(p):
                    return True
                self.marks[index] = old
                return False
            if self.alts(node[2], pos, flags, close):
                return True
            self.marks[index] = saved
            return False
        if kind == 'flags':
            return self.alts(node[2], pos, node[1], cont)
        if kind == 'bol':
            return (pos == 0 or (flags & M and self.s[pos - 1] == '\n')) and cont(pos)
        if kind == 'eol':
            at_end = pos == self.n or (pos == self.n - 1 and self.s[pos] == '\n')
            return (at_end or (flags & M and pos < self.n and self.s[pos] == '\n')) and cont(pos)
        if kind == 'A':
            return pos == 0 and cont(pos)
        if kind == 'Z':
            return pos == self.n and cont(pos)
        if kind in ('wordb', 'nwordb'):
            before = pos > 0 and _in_class(self.s[pos - 1], 'w', flags & A)
            after = pos < self.n and _in_class(self.s[pos], 'w', flags & A)
            return ((before != after) == (kind == 'wordb')) and cont(pos)
        if kind == 'backref':
            span = self.marks[node[1]]
            if span is None:
                return False
            text = self.s[span[0]:span[1]]
            got = self.s[pos:pos + len(text)]
            same = got.lower() == text.lower() if flags & I else got == text
            return len(got) == len(text) and same and cont(pos + len(text))
        if kind in ('ahead', 'nahead'):
            found = self.alts(node[1], pos, flags, lambda p: True)
            return found == (kind == 'ahead') and cont(pos)
        if kind in ('behind', 'nbehind'):
            start = pos - node[2]
            found = start >= 0 and self.alts(node[1], start, flags, lambda p: p == pos)
            return found == (kind == 'behind') and cont(pos)
        raise error('internal: unknown node %r' % (kind,))

    def alts(self, alts, pos, flags, cont):
        for seq in alts:
            if self.seq(seq, 0, pos, flags, cont):
                return True
        return False

    def rep(self, node, seq, k, pos, flags, cont):
        # A repeat: single-character bodies run in a loop; others recurse
        # one iteration at a time, stopping on an empty iteration.
        body, lo, hi, greedy = node[1], node[2], node[3], node[4]
        after = lambda p: self.seq(seq, k + 1, p, flags, cont)
        if body[0] in ('lit', 'any', 'class', 'set'):
            count = 0
            limit = min(hi, self.n - pos)
            if greedy:
                while count < limit and self.single(body, pos + count, flags):
                    count += 1
                while count >= lo:
                    if after(pos + count):
                        return True
                    count -= 1
                return False
            while count < lo:
                if not self.single(body, pos + count, flags):
                    return False
                count += 1
            while True:
                if after(pos + count):
                    return True
                if count >= limit or not self.single(body, pos + count, flags):
                    return False
                count += 1
        return self.rep_general(body, lo, hi, greedy, pos, flags, after, 0)

    def rep_general(self, body, lo, hi, greedy, pos, flags, after, count):
        def again(p):
            if p == pos and count >= lo:
                return False
            return self.rep_general(body, lo, hi, greedy, p, flags, after, count + 1)
        if count < lo:
            return self.node(body, pos, flags, again)
        if greedy:
            if count < hi and self.node(body, pos, flags, again):
                return True
            return after(pos)
        if after(pos):
            return True
        return count < hi and self.node(body, pos, flags, again)


class Pattern(object):
    # re.Pattern: a compiled expression.

    def __init__(self, pattern, flags):
        if isinstance(pattern, Pattern):
            pattern = pattern.pattern
        if not isinstance(pattern, str):
            raise TypeError('first argument must be string or compiled pattern')
        parser = _Parser(pattern, flags)
        self._tree = parser.parse()
        self.pattern = pattern
        self.flags = parser.flags | U
        self.groups = parser.ngroups
        self.groupindex = dict(parser.names)

    def _at(self, string, pos, endpos, must_end, must_advance):
        # A match starting exactly at pos, or None.
        m = _Matcher(string, self.flags, self.groups, endpos)

        def done(p):
            if must_end and p != endpos:
                return False
            if must_advance and p == pos:
                return False
            m.marks[0] = (pos, p)
            return True
        if m.alts(self._tree, pos, self.flags, done):
            return Match(self, string, m.marks, pos, endpos)
        return None

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object" +
                            (", got '%s'" % type(string).__name__ if sys.version_info >= (3, 12) else ''))
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        return max(0, min(pos, n)), max(0, endpos)

    def match(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._at(string, pos, endpos, False, False)

    def fullmatch(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._at(string, pos, endpos, True, False)

    def search(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._search(string, pos, endpos, False)

    def _search(self, string, pos, endpos, must_advance):
        start = pos
        while start <= endpos:
            m = self._at(string, start, endpos, False, must_advance and start == pos)
            if m is not None:
                return m
            start += 1
        return None

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return iter(self._all(string, pos, endpos))

    def _all(self, string, pos, endpos, limit=0):
        # Successive matches; after an empty match the next one must
        # advance (sre's must_advance, 3.7).
        found = []
        must_advance = False
        while pos <= endpos and (not limit or len(found) < limit):
            m = self._search(string, pos, endpos, must_advance)
            if m is None:
                break
            found.append(m)
            must_advance = m.end() == m.start()
            pos = m.end()
        return found

    def findall(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        out = []
        for m in self._all(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or '')
            else:
                out.append(tuple(g or '' for g in m.groups()))
        return out

    def subn(self, repl, string, count=0):
        pos, endpos = self._bounds(string, 0, None)
        pieces = []
        last = 0
        n = 0
        for m in self._all(string, 0, endpos, count):
            pieces.append(string[last:m.start()])
            pieces.append(repl(m) if callable(repl) else m.expand(repl))
            last = m.end()
            n += 1
        pieces.append(string[last:])
        return ''.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        pos, endpos = self._bounds(string, 0, None)
        out = []
        last = 0
        for m in self._all(string, 0, endpos, maxsplit):
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
        out.append(string[last:])
        return out

    def __repr__(self):
        flags = _flag_names(self.flags & ~U)
        if flags:
            return 're.compile(%r, %s)' % (self.pattern, flags)
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))


def _flag_names(flags):
    names = []
    for name, value in (('re.IGNORECASE', I), ('re.LOCALE', L), ('re.MULTILINE', M),
                        ('re.DOTALL', S), ('re.VERBOSE', X), ('re.ASCII', A)):
        if flags & value:
            names.append(name)
    return '|'.join(names)


class Match(object):
    # re.Match: the spans of the groups of one match.

    def __init__(self, pattern, string, marks, pos, endpos):
        self.re = pattern
        self.string = string
        self._marks = list(marks)
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, str):
            if g not in self.re.groupindex:
                raise IndexError('no such group')
            return self.re.groupindex[g]
        if not isinstance(g, int) or g < 0 or g > self.re.groups:
            raise IndexError('no such group')
        return g

    def _one(self, g, default=None):
        span = self._marks[self._index(g)]
        if span is None:
            return default
        return self.string[span[0]:span[1]]

    def group(self, *groups):
        if not groups:
            return self._one(0)
        if len(groups) == 1:
            return self._one(groups[0])
        return tuple(self._one(g) for g in groups)

    def __getitem__(self, g):
        return self._one(g)

    def groups(self, default=None):
        return tuple(self._one(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return dict((name, self._one(i, default)) for name, i in self.re.groupindex.items())

    def span(self, group=0):
        span = self._marks[self._index(group)]
        return (-1, -1) if span is None else span

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    @property
    def lastindex(self):
        # The group that closed last, by end position.
        best = None
        for i in range(1, self.re.groups + 1):
            span = self._marks[i]
            if span is not None and (best is None or span[1] >= self._marks[best][1]):
                best = i
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        for name, i in self.re.groupindex.items():
            if i == index:
                return name
        return None

    def expand(self, template):
        # Match.expand: \1, \g<1>, \g<name> and the character escapes.
        out = []
        i = 0
        while i < len(template):
            ch = template[i]
            if ch != '\\' or i + 1 >= len(template):
                out.append(ch)
                i += 1
                continue
            nxt = template[i + 1]
            if nxt == 'g' and template[i + 2:i + 3] == '<':
                end = _text.find(template, '>', i)
                name = template[i + 3:end]
                out.append(self._one(int(name) if name.isdigit() else name) or '')
                i = end + 1
            elif nxt.isdigit():
                j = i + 1
                while j < len(template) and template[j].isdigit() and j - i <= 2:
                    j += 1
                out.append(self._one(int(template[i + 1:j])) or '')
                i = j
            else:
                simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '\\': '\\'}
                if nxt in simple:
                    out.append(simple[nxt])
                elif nxt.isalpha():
                    raise error('bad escape \\%s' % nxt, template, i)
                else:
                    out.append('\\' + nxt)
                i += 2
        return ''.join(out)

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __bool__(self):
        return True


_cache = {}


def compile(pattern, flags=0):
    # re.compile, with the module's cache.
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    if key not in _cache:
        _cache[key] = Pattern(pattern, flags)
    return _cache[key]


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def escape(pattern):
    # re.escape (3.7): only the characters special in a pattern.
    out = []
    for ch in pattern:
        if ch in _SPECIAL or ch in '#&~- \t\n\r\v\f':
            out.append('\\' + ch)
        else:
            out.append(ch)
    return ''.join(out)


def purge():
    _cache.clear()
