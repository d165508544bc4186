# re: regular expressions for str patterns, condensed from the behaviour
# of CPython's Lib/re/ (3.11+; Lib/re.py and sre_*.py up to 3.10) and
# Modules/_sre.c (3.8-3.14): compile, match, search, fullmatch, findall,
# finditer, sub, subn, split, escape, the Match object and the flags
# IGNORECASE, MULTILINE, DOTALL, ASCII and VERBOSE.
#
# This module parses a pattern into tuples (sre_parse's job); the
# matcher is native, as sre's is C (sim/pyvm/mod_sre.go, behind
# _zombielab.sre_compile): it follows sre's rules for greedy and lazy
# repeats, groups, lastindex, backreferences, lookahead, fixed-width
# lookbehind, anchors and empty matches (3.7's "must advance" rule in
# finditer, sub and split). The module runs hidden, as C code does: no
# line events, no traceback entries (pyvm's hiddenLibrary). Left out:
# bytes patterns, possessive quantifiers and atomic groups (3.11),
# conditional groups (?(1)...), LOCALE and the exact wording of some of
# re.error's messages.

import sys as _sys
import _text
from _zombielab import sre_compile as _sre_compile

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
        self.msg = msg
        if pos is not None:
            msg = '%s at position %d' % (msg, pos)
        Exception.__init__(self, msg)
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
        self.open = []  # the groups begun and not yet closed

    def error(self, msg, pos=None):
        raise error(msg, self.p, self.i if pos is None else pos)

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
        qstart = self.i
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
            self.error('nothing to repeat', qstart)
        greedy = True
        possessive = False
        if self.i < len(self.p) and self.p[self.i] == '?':
            greedy = False
            self.i += 1
        elif self.p[self.i:self.i + 1] == '+' and _sys.version_info >= (3, 11):
            # A possessive repeat (3.11): an atomic group around it.
            possessive = True
            self.i += 1
        if self.i < len(self.p) and self.p[self.i] in '*+?{' and self.p[self.i:self.i + 2] != '{}':
            if self.p[self.i] != '{' or self._looks_like_braces():
                self.error('multiple repeat')
        if possessive:
            return ('atomic', [[('rep', atom, lo, hi, True)]])
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
            self.error('min repeat greater than max repeat', self.i + 1)
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
            self.error('nothing to repeat', self.i - 1)
        if ch == '{' and self._looks_like_braces_at(self.i - 1):
            self.error('nothing to repeat', self.i - 1)
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
                digits = self.i - 1
                j = self.i
                while j < len(self.p) and self.p[j].isdigit() and j - self.i < 1:
                    j += 1
                n = int(self.p[self.i - 1:j])
                self.i = j
                if n > self.ngroups:
                    self.error('invalid group reference %d' % n, digits)
                if n in self.open:
                    self.error('cannot refer to an open group', digits - 1)
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
        start = self.i - 1
        negate = False
        if self.i < len(self.p) and self.p[self.i] == '^':
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(self.p):
                self.error('unterminated character set', start)
            ch = self.p[self.i]
            if ch == ']' and not first:
                self.i += 1
                break
            first = False
            item_at = self.i
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
                        self.error('bad character range %s' % self.p[item_at:self.i], item_at)
                    hi_ch = item[1]
                if hi_ch < lo:
                    self.error('bad character range %s' % self.p[item_at:self.i], item_at)
                items.append(('range', lo, hi_ch))
            else:
                items.append(('range', lo, lo))
        return ('set', negate, items)

    def group(self):
        # (...), (?:...), (?P<name>...), (?P=name), lookarounds, (?#...)
        # and scoped flags (?i:...).
        p = self.p
        start = self.i - 1  # the '(': where sre_parse reports an unclosed group
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
                    self.error("bad character in group name '%s'" % name, self.i + 2)
                if name in self.names:
                    self.error("redefinition of group name '%s' as group %d; was group %d"
                               % (name, self.ngroups + 1, self.names[name]), self.i + 2)
                self.i = end + 1
                self.ngroups += 1
                index = self.ngroups
                self.names[name] = index
            elif ch == 'P' and p[self.i + 1:self.i + 2] == '=':
                end = _text.find(p, ')', self.i)
                name = p[self.i + 2:end]
                if name not in self.names:
                    self.error("unknown group name '%s'" % name, self.i + 2)
                if self.names[name] in self.open:
                    self.error('cannot refer to an open group', self.i + 2)
                self.i = end + 1
                return ('backref', self.names[name])
            elif ch == '#':
                end = _text.find(p, ')', self.i)
                if end < 0:
                    self.error('missing ), unterminated comment', start)
                self.i = end + 1
                return None
            elif ch in ('=', '!'):
                self.i += 1
                kind = 'ahead' if ch == '=' else 'nahead'
            elif ch == '>' and _sys.version_info >= (3, 11):
                # An atomic group (3.11).
                self.i += 1
                kind = 'atomic'
            elif ch == '<' and p[self.i + 1:self.i + 2] in ('=', '!'):
                kind = 'behind' if p[self.i + 1] == '=' else 'nbehind'
                self.i += 2
            elif ch and ch in 'aiLmsux-':
                return self._scoped_flags(start)
            else:
                self.error('unknown extension ?' + ch, self.i - 1)
        else:
            self.ngroups += 1
            index = self.ngroups
        if index is not None:
            self.open.append(index)
        alts = self.alternatives()
        if index is not None:
            self.open.pop()
        if self.i >= len(p) or p[self.i] != ')':
            self.error('missing ), unterminated subpattern', start)
        self.i += 1
        if kind in ('behind', 'nbehind'):
            widths = set(_width(seq) for seq in alts)
            if len(widths) != 1 or None in widths:
                raise error('look-behind requires fixed-width pattern')
            return (kind, alts, widths.pop())
        if kind != 'group':
            return (kind, alts)
        return ('group', index, alts)

    def _scoped_flags(self, start):
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
            self.error('missing ), unterminated subpattern', start)
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
        elif kind in ('group', 'flags', 'atomic'):
            widths = set(_width(s) for s in node[-1])
            if len(widths) != 1 or None in widths:
                return None
            total += widths.pop()
        else:
            return None
    return total


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
        self._prog = _sre_compile(self._tree, self.flags, self.groups)

    def _match(self, mode, string, pos, endpos, limit=0):
        # The matcher is native, as sre's is C (_zombielab.sre_compile):
        # mode 0 match, 1 fullmatch, 2 search, 3 successive matches.
        pos, endpos = self._bounds(string, pos, endpos)
        found = self._prog(mode, string, pos, endpos, limit)
        if mode == 3:
            return [Match(self, string, r[0], r[1], pos, endpos) for r in found]
        if found is None:
            return None
        return Match(self, string, found[0], found[1], pos, endpos)

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object" +
                            (", got '%s'" % type(string).__name__ if _sys.version_info >= (3, 12) else ''))
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        return max(0, min(pos, n)), max(0, endpos)

    def match(self, string, pos=0, endpos=None):
        return self._match(0, string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match(1, string, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        return self._match(2, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        return iter(self._match(3, string, pos, endpos))

    def _all(self, string, pos, endpos, limit=0):
        return self._match(3, string, pos, endpos, limit)

    def findall(self, string, pos=0, endpos=None):
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
        pieces = []
        last = 0
        n = 0
        for m in self._all(string, 0, None, count):
            pieces.append(string[last:m.start()])
            pieces.append(repl(m) if callable(repl) else m.expand(repl))
            last = m.end()
            n += 1
        pieces.append(string[last:])
        return ''.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        for m in self._all(string, 0, None, maxsplit):
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

    def __init__(self, pattern, string, marks, lastindex, pos, endpos):
        self.re = pattern
        self.string = string
        self._marks = marks
        self.lastindex = lastindex
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
