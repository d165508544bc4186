# uses: _regex
# /usr/bin/awk (Debian's mawk 1.3.4): awk [-F FS] [-v var=value] 'program'
# [file...]. Patterns (BEGIN, END, /re/, expressions, pattern,pattern
# ranges) and actions; print (OFS, ORS, OFMT) and printf; fields ($0, $n,
# NF, assigning them rebuilds the record), NR, FNR, FS (" ": blanks, one
# other character: itself, longer: a regular expression), OFS, ORS,
# RSTART, RLENGTH, SUBSEP, CONVFMT, OFMT, FILENAME; variables, arrays
# (a[k], (k) in a, delete); if, while, do, for(;;), next, exit; the
# operators with awk's precedence and its number/string comparison rules;
# length, substr (mawk's, which keeps the length when the start is below
# 1), index, split, sub, gsub, match, sprintf, toupper, tolower, int,
# sqrt, exp, log, sin, cos, atan2, system, close. Numbers print as
# integers when integral within 32 bits, else with %.6g, as mawk does.
# Refused with a message: for (k in a), whose order is mawk's hash table's,
# getline, output redirection, user functions, rand.
import math, os, sys


class AwkError(Exception):
    pass


class Refused(Exception):
    pass


class PrintfShort(Exception):
    pass


class Next(Exception):
    pass


class Exit(Exception):
    pass


# ---- values: float, str, or SN (a string from input that may look numeric)

class SN:
    def __init__(self, s):
        self.s = s
        self.n = looks_numeric(s)


def uninit():
    # A variable or element never assigned: "" and 0 at once.
    v = SN('')
    v.n = 0.0
    return v


def strtod(t):
    # glibc's strtod on t: (value, characters used); 0 used if none.
    k = 0
    neg = False
    if k < len(t) and t[k] in '+-':
        neg = t[k] == '-'
        k += 1
    low = t[k:k + 8].lower()
    if low.startswith('infinity'):
        return (-INF if neg else INF), k + 8
    if low.startswith('inf'):
        return (-INF if neg else INF), k + 3
    if low.startswith('nan'):
        return (-NAN if neg else NAN), k + 3
    if low.startswith('0x') and k + 2 < len(t) and t[k + 2].lower() in HEX:
        j = k + 2
        v = 0.0
        while j < len(t) and t[j].lower() in HEX:
            v = v * 16 + HEX.index(t[j].lower())
            j += 1
        return (-v if neg else v), j
    start = k
    while k < len(t) and t[k].isdigit():
        k += 1
    digits = k > start
    if k < len(t) and t[k] == '.':
        k += 1
        while k < len(t) and t[k].isdigit():
            k += 1
            digits = True
    if not digits:
        return 0.0, 0
    end = k
    if k < len(t) and t[k] in 'eE':
        j = k + 1
        if j < len(t) and t[j] in '+-':
            j += 1
        if j < len(t) and t[j].isdigit():
            while j < len(t) and t[j].isdigit():
                j += 1
            end = j
    v = float(t[start:end])
    return (-v if neg else v), end


HEX = '0123456789abcdef'
INF = float('inf')
NAN = float('nan')


def looks_numeric(s):
    # A field is a number when strtod takes all of it but blanks.
    t = s.strip(' \t\n')
    if not t:
        return None
    v, used = strtod(t)
    return v if used == len(t) else None


def num_prefix(s):
    return strtod(s.lstrip(' \t\n'))[0]


UNINIT = uninit()


def to_num(v):
    if type(v) is float:
        return v
    if isinstance(v, SN):
        return v.n if v.n is not None else num_prefix(v.s)
    return num_prefix(v)


def fmt_num(d, conv):
    if d != d:
        return 'nan' if math.copysign(1, d) > 0 else '-nan'
    if d in (INF, -INF):
        return 'inf' if d > 0 else '-inf'
    if d == int(d) and -2147483647 <= d <= 2147483647:
        return '%d' % int(d)
    return cformat(conv, [d])


def to_str(v, conv='%.6g'):
    if type(v) is float:
        return fmt_num(v, VARS['CONVFMT'] if conv is None else conv)
    if isinstance(v, SN):
        return v.s
    return v


def truth(v):
    if type(v) is float:
        return v != 0
    if isinstance(v, SN):
        return v.n != 0 if v.n is not None else v.s != ''
    return v != ''


def compare(a, b):
    an = a if type(a) is float else (a.n if isinstance(a, SN) else None)
    bn = b if type(b) is float else (b.n if isinstance(b, SN) else None)
    if isinstance(a, SN) and a.n is None or isinstance(b, SN) and b.n is None:
        an = bn = None
    if an is not None and bn is not None and (type(a) is not str) and (type(b) is not str):
        return (an > bn) - (an < bn)
    x, y = to_str(a, None), to_str(b, None)
    return (x > y) - (x < y)


# ---- printf

def cformat(fmt, args):
    out = ''
    i = 0
    ai = 0
    while i < len(fmt):
        c = fmt[i]
        if c != '%':
            out += c
            i += 1
            continue
        if i + 1 < len(fmt) and fmt[i + 1] == '%':
            out += '%'
            i += 2
            continue
        j = i + 1
        while j < len(fmt) and fmt[j] in '-+ #0':
            j += 1
        spec = fmt[i:j]
        while j < len(fmt) and (fmt[j].isdigit() or fmt[j] in '.*'):
            if fmt[j] == '*':
                spec += str(int(to_num(args[ai]) if ai < len(args) else 0))
                ai += 1
            else:
                spec += fmt[j]
            j += 1
        if j >= len(fmt):
            raise AwkError('bad conversion')
        conv = fmt[j]
        i = j + 1
        if ai >= len(args):
            raise PrintfShort(out)
        a = args[ai]
        ai += 1
        if conv in 'di':
            # mawk's d_to_I: clamped to 32 bits, NaN at the bottom
            d = to_num(a)
            n = 2147483647 if d >= 2147483647 else int(d) if d > -2147483647 else -2147483647
            out += (spec + 'd') % n
        elif conv in 'ouxX':
            d = to_num(a)
            n = 4294967295 if d >= 4294967295 else int(d) if d > 0 else 0
            out += (spec + conv) % n
        elif conv in 'eEfFgG':
            out += (spec + conv) % to_num(a)
        elif conv == 'c':
            ch = chr(int(a) % 256) if type(a) is float else to_str(a)[:1]
            out += (spec + 's') % ch
        elif conv == 's':
            out += (spec + 's') % to_str(a)
        else:
            raise AwkError('bad conversion')
    return out


# ---- lexer

KEYWORDS = {'BEGIN', 'END', 'if', 'else', 'while', 'for', 'do', 'break', 'continue', 'next', 'exit',
            'print', 'printf', 'delete', 'in', 'getline', 'function', 'func', 'return', 'nextfile'}
BUILTINS = {'length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'toupper', 'tolower',
            'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2', 'system', 'close', 'rand', 'srand', 'fflush'}


def lex(src):
    toks = []  # (kind, value, line)
    i = 0
    line = 1
    while i < len(src):
        c = src[i]
        if c in ' \t\r':
            i += 1
            continue
        if c == '\\' and i + 1 < len(src) and src[i + 1] == '\n':
            i += 2
            line += 1
            continue
        if c == '#':
            while i < len(src) and src[i] != '\n':
                i += 1
            continue
        if c == '\n':
            toks.append(('nl', '\n', line))
            line += 1
            i += 1
            continue
        if c == '"':
            j = i + 1
            s = ''
            while j < len(src) and src[j] != '"':
                if src[j] == '\n':
                    raise AwkError('line %d: runaway string constant "%s ...' % (line, s[:10]))
                if src[j] == '\\' and j + 1 < len(src):
                    e = src[j + 1]
                    j += 2
                    if e in 'nt"\\/abfrv':
                        s += {'n': '\n', 't': '\t', '"': '"', '\\': '\\', '/': '/', 'a': '\a', 'b': '\b',
                              'f': '\f', 'r': '\r', 'v': '\v'}[e]
                    elif e in '01234567':
                        k = j - 1
                        while k < len(src) and k < j + 2 and src[k] in '01234567':
                            k += 1
                        s += chr(int(src[j - 1:k], 8))
                        j = k
                    else:
                        s += '\\' + e
                    continue
                s += src[j]
                j += 1
            if j >= len(src):
                raise AwkError('line %d: runaway string constant "%s ...' % (line, s[:10]))
            toks.append(('str', s, line))
            i = j + 1
            continue
        if c == '/' and regex_allowed(toks):
            j = i + 1
            s = ''
            in_set = False
            while j < len(src) and (src[j] != '/' or in_set) and src[j] != '\n':
                if src[j] == '\\' and j + 1 < len(src):
                    s += src[j:j + 2] if src[j + 1] != '/' else '/'
                    j += 2
                    continue
                if src[j] == '[':
                    in_set = True
                elif src[j] == ']':
                    in_set = False
                s += src[j]
                j += 1
            if j >= len(src) or src[j] != '/':
                raise AwkError('line %d: runaway regular expression /%s ...' % (line, s[:10]))
            toks.append(('re', s, line))
            i = j + 1
            continue
        if c.isdigit() or c == '.' and i + 1 < len(src) and src[i + 1].isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            if j < len(src) and src[j] in 'eE':
                k = j + 1
                if k < len(src) and src[k] in '+-':
                    k += 1
                if k < len(src) and src[k].isdigit():
                    while k < len(src) and src[k].isdigit():
                        k += 1
                    j = k
            toks.append(('num', float(src[i:j]), line))
            i = j
            continue
        if c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            w = src[i:j]
            if w in KEYWORDS:
                toks.append((w, w, line))
            elif w in BUILTINS:
                toks.append(('builtin', w, line))
            elif j < len(src) and src[j] == '(':
                toks.append(('call', w, line))
            else:
                toks.append(('name', w, line))
            i = j
            continue
        for op in ('+=', '-=', '*=', '/=', '%=', '^=', '**=', '==', '<=', '>=', '!=', '++', '--', '&&',
                   '||', '>>', '!~', '**'):
            if src.startswith(op, i):
                toks.append((op, op, line))
                i += len(op)
                break
        else:
            if c in '{}()[];,<>+-*/%^!~?:=$|':
                toks.append((c, c, line))
                i += 1
            else:
                raise AwkError('line %d: syntax error at or near %s' % (line, c))
    toks.append(('eof', '', line + 1))  # mawk ends the program text with a newline
    return toks


def regex_allowed(toks):
    if not toks:
        return True
    k = toks[-1][0]
    return k not in ('name', 'num', 'str', ')', ']', '$', '++', '--', 'builtin', 're')


# ---- parser: nodes are tuples ('kind', ...)

class Parser:
    def __init__(self, toks):
        self.t = toks
        self.i = 0
        self.no_gt = 0

    def peek(self, k=0):
        return self.t[min(self.i + k, len(self.t) - 1)]

    def kind(self):
        return self.peek()[0]

    def take(self, kind=None):
        tok = self.peek()
        if kind is not None and tok[0] != kind:
            self.error(tok)
        self.i += 1
        return tok

    def error(self, tok=None):
        tok = tok or self.peek()
        if tok[0] == 'eof':
            depth = 0
            for t in self.t:
                depth += (t[0] == '{') - (t[0] == '}')
            if depth > 0:
                raise AwkError('line %d: missing } near end of file' % tok[2])
            raise AwkError('line %d: syntax error at or near end of file' % tok[2])
        shown = tok[1] if tok[0] != 'nl' else 'end of line'
        if tok[0] == 'num':
            shown = fmt_num(tok[1], '%.6g')
        raise AwkError('line %d: syntax error at or near %s' % (tok[2], shown))

    def nls(self):
        while self.kind() == 'nl':
            self.i += 1

    def terms(self):
        while self.kind() in ('nl', ';'):
            self.i += 1

    def program(self):
        items = []
        self.terms()
        while self.kind() != 'eof':
            if self.kind() in ('function', 'func'):
                raise Refused('user-defined functions')
            if self.kind() == 'BEGIN':
                self.take()
                self.nls()
                items.append(('BEGIN', None, self.block()))
            elif self.kind() == 'END':
                self.take()
                self.nls()
                items.append(('END', None, self.block()))
            else:
                pat = None
                pat2 = None
                if self.kind() != '{':
                    pat = self.expr()
                    if self.kind() == ',':
                        self.take()
                        self.nls()
                        pat2 = self.expr()
                if self.kind() == '{':
                    body = self.block()
                else:
                    body = None
                items.append(('range' if pat2 is not None else 'main', (pat, pat2), body))
            self.terms()
        return items

    def block(self):
        self.take('{')
        stmts = []
        self.terms()
        while self.kind() != '}':
            if self.kind() == 'eof':
                self.error()
            stmts.append(self.stmt())
            self.terms()
        self.take('}')
        return ('block', stmts)

    def simple_end(self):
        if self.kind() in (';', 'nl'):
            self.take()
        elif self.kind() not in ('}', 'eof'):
            self.error()

    def stmt(self):
        k = self.kind()
        if k == '{':
            return self.block()
        if k == 'if':
            self.take()
            self.take('(')
            cond = self.expr()
            self.take(')')
            self.nls()
            then = self.stmt_or_empty()
            save = self.i
            self.terms()
            if self.kind() == 'else':
                self.take()
                self.nls()
                return ('if', cond, then, self.stmt_or_empty())
            self.i = save
            return ('if', cond, then, None)
        if k == 'while':
            self.take()
            self.take('(')
            cond = self.expr()
            self.take(')')
            if self.kind() == ';':
                self.take()
                return ('while', cond, ('block', []))
            self.nls()
            return ('while', cond, self.stmt_or_empty())
        if k == 'do':
            self.take()
            self.nls()
            body = self.stmt_or_empty()
            self.terms()
            self.take('while')
            self.take('(')
            cond = self.expr()
            self.take(')')
            self.simple_end()
            return ('do', body, cond)
        if k == 'for':
            self.take()
            self.take('(')
            if self.kind() == 'name' and self.peek(1)[0] == 'in' and self.peek(2)[0] == 'name' and self.peek(3)[0] == ')':
                raise Refused("for (key in array), whose order is mawk's hash table's")
            init = None if self.kind() == ';' else self.simple_stmt()
            self.take(';')
            self.nls()
            cond = None if self.kind() == ';' else self.expr()
            self.take(';')
            self.nls()
            step = None if self.kind() == ')' else self.simple_stmt()
            self.take(')')
            if self.kind() == ';':
                self.take()
                return ('for', init, cond, step, ('block', []))
            self.nls()
            return ('for', init, cond, step, self.stmt_or_empty())
        if k == ';':
            self.take()
            return ('block', [])
        s = self.simple_stmt()
        self.simple_end()
        return s

    def stmt_or_empty(self):
        if self.kind() == ';':
            self.take()
            return ('block', [])
        return self.stmt()

    def simple_stmt(self):
        k = self.kind()
        if k in ('print', 'printf'):
            self.take()
            args = []
            self.no_gt += 1
            if self.kind() == '(':
                # print (a, b) or print (a)(b): a grouping or the list
                save = self.i
                self.take()
                lst = [self.expr()]
                while self.kind() == ',':
                    self.take()
                    self.nls()
                    lst.append(self.expr())
                if self.kind() == ')' and self.peek(1)[0] in (';', 'nl', '}', '>', '>>', '|', 'eof'):
                    self.take()
                    args = lst
                else:
                    self.i = save
                    args = self.expr_list()
            elif self.kind() not in (';', 'nl', '}', 'eof', '>', '>>', '|'):
                args = self.expr_list()
            self.no_gt -= 1
            if self.kind() in ('>', '>>', '|'):
                raise Refused('output redirection (print > file, print | command)')
            if k == 'printf' and not args:
                self.error()
            return (k, args)
        if k == 'next':
            self.take()
            return ('next',)
        if k == 'nextfile':
            raise Refused('nextfile')
        if k == 'exit':
            self.take()
            if self.kind() in (';', 'nl', '}', 'eof'):
                return ('exit', None)
            return ('exit', self.expr())
        if k in ('break', 'continue'):
            self.take()
            return (k,)
        if k == 'return':
            raise Refused('user-defined functions')
        if k == 'delete':
            self.take()
            name = self.take('name')[1]
            if self.kind() == '[':
                self.take()
                idx = self.expr_list()
                self.take(']')
                return ('delete', name, idx)
            return ('delete', name, None)
        if k == 'getline':
            raise Refused('getline')
        return ('expr', self.expr())

    def expr_list(self):
        lst = [self.expr()]
        while self.kind() == ',':
            self.take()
            self.nls()
            lst.append(self.expr())
        return lst

    def expr(self):
        return self.ternary()

    def ternary(self):
        cond = self.or_()
        if self.kind() == '?':
            self.take()
            self.nls()
            a = self.ternary()
            self.nls()
            self.take(':')
            self.nls()
            b = self.ternary()
            return ('?', cond, a, b)
        if self.kind() in ('=', '+=', '-=', '*=', '/=', '%=', '^=', '**='):
            if cond[0] not in ('var', 'field', 'index'):
                self.error()
            op = self.take()[0]
            self.nls()
            value = self.ternary()
            return ('assign', op, cond, value)
        return cond

    def or_(self):
        a = self.and_()
        while self.kind() == '||':
            self.take()
            self.nls()
            a = ('||', a, self.and_())
        return a

    def and_(self):
        a = self.in_()
        while self.kind() == '&&':
            self.take()
            self.nls()
            a = ('&&', a, self.in_())
        return a

    def in_(self):
        a = self.match()
        while self.kind() == 'in':
            self.take()
            name = self.take('name')[1]
            a = ('in', [a], name)
        return a

    def match(self):
        a = self.comparison()
        while self.kind() in ('~', '!~'):
            op = self.take()[0]
            a = (op, a, self.comparison())
        return a

    def comparison(self):
        a = self.concat()
        k = self.kind()
        if k in ('<', '<=', '!=', '==', '>=') or k == '>' and not self.no_gt:
            self.take()
            b = self.concat()
            return ('cmp', k, a, b)
        return a

    def concat(self):
        a = self.additive()
        while self.kind() in ('num', 'str', 're', 'name', 'builtin', 'call', '$', '(', '++', '--'):
            a = ('concat', a, self.additive())
        return a

    def additive(self):
        a = self.mul()
        while self.kind() in ('+', '-'):
            op = self.take()[0]
            a = (op, a, self.mul())
        return a

    def mul(self):
        a = self.unary()
        while self.kind() in ('*', '/', '%'):
            op = self.take()[0]
            a = (op, a, self.unary())
        return a

    def unary(self):
        k = self.kind()
        if k == '!':
            self.take()
            return ('not', self.unary())
        if k == '-':
            self.take()
            return ('neg', self.unary())
        if k == '+':
            self.take()
            return ('pos', self.unary())
        return self.power()

    def power(self):
        a = self.postfix()
        if self.kind() in ('^', '**'):
            self.take()
            return ('^', a, self.unary_power())
        return a

    def unary_power(self):
        if self.kind() == '-':
            self.take()
            return ('neg', self.unary_power())
        if self.kind() == '+':
            self.take()
            return self.unary_power()
        if self.kind() == '!':
            self.take()
            return ('not', self.unary_power())
        return self.power()

    def postfix(self):
        k = self.kind()
        if k in ('++', '--'):
            self.take()
            target = self.postfix()
            if target[0] not in ('var', 'field', 'index'):
                self.error()
            return ('pre', k, target)
        a = self.primary()
        if self.kind() in ('++', '--') and a[0] in ('var', 'field', 'index'):
            op = self.take()[0]
            return ('post', op, a)
        return a

    def primary(self):
        tok = self.take()
        k = tok[0]
        if k == 'num':
            return ('num', tok[1])
        if k == 'str':
            return ('str', tok[1])
        if k == 're':
            return ('re', tok[1])
        if k == '$':
            if self.kind() in ('++', '--'):
                return ('field', self.postfix())
            return ('field', self.primary_for_field())
        if k == '(':
            # inside parentheses > compares again (print (a > b))
            save_gt = self.no_gt
            self.no_gt = 0
            e = self.expr()
            if self.kind() == ',':
                lst = [e]
                while self.kind() == ',':
                    self.take()
                    lst.append(self.expr())
                self.take(')')
                self.no_gt = save_gt
                if self.kind() == 'in':
                    self.take()
                    return ('in', lst, self.take('name')[1])
                self.error()
            self.take(')')
            self.no_gt = save_gt
            return ('group', e)
        if k == 'name':
            if self.kind() == '[':
                self.take()
                idx = self.expr_list()
                self.take(']')
                return ('index', tok[1], idx)
            return ('var', tok[1])
        if k == 'builtin':
            name = tok[1]
            if name in ('rand', 'srand'):
                raise Refused(name + '(), whose numbers are mawk\'s generator\'s')
            args = []
            if self.kind() == '(':
                self.take()
                save_gt = self.no_gt
                self.no_gt = 0
                if self.kind() != ')':
                    args = self.expr_list()
                self.take(')')
                self.no_gt = save_gt
            elif name != 'length':
                self.error()
            return ('builtin', name, args)
        if k == 'call':
            raise Refused('user-defined functions')
        if k == 'getline':
            raise Refused('getline')
        self.error(tok)

    def primary_for_field(self):
        k = self.kind()
        if k == '-':
            self.take()
            return ('neg', self.primary_for_field())
        return self.primary()


# ---- the machine

VARS = {'FS': ' ', 'OFS': ' ', 'ORS': '\n', 'RS': '\n', 'NR': 0.0, 'NF': 0.0, 'FNR': 0.0,
        'SUBSEP': '\x1c', 'CONVFMT': '%.6g', 'OFMT': '%.6g', 'RSTART': 0.0, 'RLENGTH': -1.0,
        'FILENAME': ''}
ARRAYS = {}
REGEX_CACHE = {}
state = {'record': '', 'fields': [], 'out': []}


def rx_of(src):
    rx = REGEX_CACHE.get(src)
    if rx is None:
        try:
            rx = rx_compile(src, True)
        except RxError as e:
            raise AwkError('regular expression compile failed (' + str(e) + ')\n' + src)
        REGEX_CACHE[src] = rx
    return rx


def split_text(text, fs):
    if fs == ' ':
        return text.split()
    if text == '':
        return []
    if len(fs) == 1 and fs != '\\':
        return text.split(fs)
    rx = rx_of(fs)
    parts, at = [], 0
    while True:
        m = rx_search(rx, text, at)
        if m is None or m[1] == m[0]:
            break
        parts.append(text[at:m[0]])
        at = m[1]
    parts.append(text[at:])
    return parts


def set_record(text):
    state['record'] = text
    state['fields'] = split_text(text, to_str(VARS['FS']))
    VARS['NF'] = float(len(state['fields']))


def rebuild():
    state['record'] = to_str(VARS['OFS']).join(state['fields'])


def get_field(n):
    if n == 0:
        return SN(state['record'])
    if n < 0:
        raise AwkError('negative field index $%d' % n)
    if n <= len(state['fields']):
        return SN(state['fields'][n - 1])
    return SN('')


def set_field(n, v):
    s = to_str(v, None)
    if n == 0:
        set_record(s)
        return
    if n < 0:
        raise AwkError('negative field index $%d' % n)
    while len(state['fields']) < n:
        state['fields'].append('')
    state['fields'][n - 1] = s
    VARS['NF'] = float(len(state['fields']))
    rebuild()


def key_of(idx):
    return to_str(VARS['SUBSEP']).join(to_str(ev(e), None) for e in idx)


def array(name):
    if name in VARS:
        raise AwkError("can't use scalar " + name + ' as array')
    a = ARRAYS.get(name)
    if a is None:
        a = {}
        ARRAYS[name] = a
    return a


def getv(target):
    kind = target[0]
    if kind == 'var':
        name = target[1]
        if name in ARRAYS:
            raise AwkError("can't use array " + name + ' in scalar context')
        return VARS.get(name, UNINIT)
    if kind == 'field':
        return get_field(int(to_num(ev(target[1]))))
    a = array(target[1])
    k = key_of(target[2])
    if k not in a:
        a[k] = UNINIT
    return a[k]


def setv(target, v):
    kind = target[0]
    if kind == 'var':
        name = target[1]
        if name in ARRAYS:
            raise AwkError("can't assign to " + name + '; it\'s an array name.')
        if name == 'NF':
            n = int(to_num(v))
            state['fields'] = (state['fields'] + [''] * n)[:n]
            VARS['NF'] = float(n)
            rebuild()
            return v
        VARS[name] = v
        return v
    if kind == 'field':
        set_field(int(to_num(ev(target[1]))), v)
        return v
    array(target[1])[key_of(target[2])] = v
    return v


def arith(op, a, b):
    x, y = to_num(a), to_num(b)
    if op == '+':
        return x + y
    if op == '-':
        return x - y
    if op == '*':
        return x * y
    if op == '/':
        if y == 0:
            # IEEE, as mawk computes it: 0/0 is x86's negative NaN
            return -NAN if x == 0 or x != x else math.copysign(INF, x) * math.copysign(1, y)
        return x / y
    if op == '%':
        if y == 0 or x != x or abs(x) == INF:
            return -NAN
        return math.fmod(x, y)
    try:
        return math.pow(x, y)
    except (OverflowError, ValueError):
        return float('inf') if x > 0 else float('nan')


def matches(v, pattern_node):
    if pattern_node[0] == 're':
        src = pattern_node[1]
    else:
        src = to_str(ev(pattern_node), None)
    return rx_search(rx_of(src), to_str(v, None), 0, False) is not None


def ev(e):
    k = e[0]
    if k == 'num':
        return e[1]
    if k == 'str':
        return e[1]
    if k == 're':
        return 1.0 if rx_search(rx_of(e[1]), state['record'], 0, False) else 0.0
    if k == 'group':
        return ev(e[1])
    if k in ('var', 'field', 'index'):
        return getv(e)
    if k == 'assign':
        op = e[1]
        if op == '=':
            v = ev(e[3])
            if isinstance(v, SN):
                v = SN(v.s)
            return setv(e[2], v)
        v = ev(e[3])
        return setv(e[2], arith({'**=': '^'}.get(op, op[0]), getv(e[2]), v))
    if k == 'concat':
        return to_str(ev(e[1]), None) + to_str(ev(e[2]), None)
    if k in ('+', '-', '*', '/', '%', '^'):
        return arith(k, ev(e[1]), ev(e[2]))
    if k == 'neg':
        return -to_num(ev(e[1]))
    if k == 'pos':
        return to_num(ev(e[1]))
    if k == 'not':
        return 0.0 if truth(ev(e[1])) else 1.0
    if k == '&&':
        return 1.0 if truth(ev(e[1])) and truth(ev(e[2])) else 0.0
    if k == '||':
        return 1.0 if truth(ev(e[1])) or truth(ev(e[2])) else 0.0
    if k == 'cmp':
        c = compare(ev(e[2]), ev(e[3]))
        op = e[1]
        r = {'<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0, '==': c == 0, '!=': c != 0}[op]
        return 1.0 if r else 0.0
    if k in ('~', '!~'):
        r = matches(ev(e[1]), e[2])
        return 1.0 if r == (k == '~') else 0.0
    if k == '?':
        return ev(e[2]) if truth(ev(e[1])) else ev(e[3])
    if k == 'in':
        return 1.0 if key_of(e[1]) in array(e[2]) else 0.0
    if k == 'pre':
        v = to_num(getv(e[2])) + (1 if e[1] == '++' else -1)
        setv(e[2], v)
        return v
    if k == 'post':
        old = to_num(getv(e[2]))
        setv(e[2], old + (1 if e[1] == '++' else -1))
        return old
    if k == 'builtin':
        return builtin(e[1], e[2])
    raise AwkError('internal: ' + k)


def builtin(name, args):
    if name == 'length':
        if not args:
            return float(len(state['record']))
        if args[0][0] == 'var' and args[0][1] in ARRAYS:
            return float(len(ARRAYS[args[0][1]]))
        return float(len(to_str(ev(args[0]), None)))
    if name == 'substr':
        s = to_str(ev(args[0]), None)
        start = to_num(ev(args[1]))
        start = int(math.floor(start + 0.5)) if start == start else 1
        if len(args) > 2:
            n = to_num(ev(args[2]))
            n = int(math.floor(n + 0.5)) if n == n else 0
        else:
            n = len(s) + 1
        if start < 1:
            start = 1
        if n <= 0:
            return ''
        return s[start - 1:start - 1 + n]
    if name == 'index':
        return float(to_str(ev(args[0]), None).find(to_str(ev(args[1]), None)) + 1)
    if name == 'split':
        s = to_str(ev(args[0]), None)
        if args[1][0] != 'var':
            raise AwkError('split: second argument must be an array')
        if len(args) > 2:
            sep = args[2][1] if args[2][0] == 're' else to_str(ev(args[2]), None)
            if args[2][0] == 're' and len(sep) == 1 and sep != ' ':
                sep = '[' + sep + ']' if sep not in '\\^' else '\\' + sep
        else:
            sep = to_str(VARS['FS'])
        parts = split_text(s, sep)
        a = array(args[1][1])
        a.clear()
        for n, p in enumerate(parts):
            a[str(n + 1)] = SN(p)
        return float(len(parts))
    if name in ('sub', 'gsub'):
        rx = rx_of(args[0][1] if args[0][0] == 're' else to_str(ev(args[0]), None))
        repl = to_str(ev(args[1]), None)
        target = args[2] if len(args) > 2 else ('field', ('num', 0.0))
        s = to_str(getv(target), None)
        out, at, n = '', 0, 0
        while at <= len(s):
            m = rx_search(rx, s, at)
            if m is None:
                break
            b, e = m
            rep = ''
            k = 0
            while k < len(repl):
                if repl[k] == '\\' and k + 1 < len(repl) and repl[k + 1] in '&\\':
                    rep += repl[k + 1]
                    k += 2
                    continue
                rep += s[b:e] if repl[k] == '&' else repl[k]
                k += 1
            out += s[at:b] + rep
            n += 1
            if e == b:
                if b < len(s):
                    out += s[b]
                at = b + 1
            else:
                at = e
            if name == 'sub':
                break
        if n:
            out += s[at:]
            setv(target, out)
        return float(n)
    if name == 'match':
        s = to_str(ev(args[0]), None)
        rx = rx_of(args[1][1] if args[1][0] == 're' else to_str(ev(args[1]), None))
        m = rx_search(rx, s, 0)
        VARS['RSTART'] = float(m[0] + 1) if m else 0.0
        VARS['RLENGTH'] = float(m[1] - m[0]) if m else -1.0
        return VARS['RSTART']
    if name == 'sprintf':
        if not args:
            return ''
        fmt = to_str(ev(args[0]), None)
        try:
            return cformat(fmt, [ev(a) for a in args[1:]])
        except PrintfShort:
            short(fmt, 'sprintf')
    if name == 'toupper':
        return to_str(ev(args[0]), None).upper()
    if name == 'tolower':
        return to_str(ev(args[0]), None).lower()
    if name == 'int':
        d = to_num(ev(args[0]))
        return float(math.trunc(d)) if d == d and abs(d) != float('inf') else d
    if name in ('sqrt', 'exp', 'log', 'sin', 'cos'):
        d = to_num(ev(args[0]))
        try:
            return getattr(math, name)(d)
        except ValueError:
            return -NAN  # glibc's domain errors print as -nan
        except OverflowError:
            return INF
    if name == 'atan2':
        return math.atan2(to_num(ev(args[0])), to_num(ev(args[1])))
    if name == 'system':
        flush()
        cmd = to_str(ev(args[0]), None)
        pid = os.fork()
        if pid == 0:
            os.execv('/bin/sh', ['sh', '-c', cmd])
        _, st = os.waitpid(pid, 0)
        if os.WIFSIGNALED(st):
            return float(256 + os.WTERMSIG(st))
        return float(os.WEXITSTATUS(st))
    if name in ('close', 'fflush'):
        flush()
        return 0.0 if name == 'fflush' else -1.0
    raise AwkError('internal: ' + name)


def short(fmt, name):
    raise AwkError('run time error: not enough arguments passed to %s("%s")\n\tFILENAME="%s" FNR=%s NR=%s'
                   % (name, fmt, to_str(VARS['FILENAME']), to_str(VARS['FNR']), to_str(VARS['NR'])))


def flush():
    if state['out']:
        os.write(1, ''.join(state['out']).encode())
        state['out'] = []


def run_stmt(s):
    k = s[0]
    if k == 'block':
        for x in s[1]:
            run_stmt(x)
    elif k == 'expr':
        ev(s[1])
    elif k == 'print':
        if not s[1]:
            text = state['record']
        else:
            text = to_str(VARS['OFS']).join(to_str(v, to_str(VARS['OFMT'])) if type(v) is float else to_str(v)
                                            for v in [ev(a) for a in s[1]])
        state['out'].append(text + to_str(VARS['ORS']))
        if len(state['out']) > 64:
            flush()
    elif k == 'printf':
        vals = [ev(a) for a in s[1]]
        fmt = to_str(vals[0], None)
        try:
            state['out'].append(cformat(fmt, vals[1:]))
        except PrintfShort as e:
            state['out'].append(e.args[0])
            short(fmt, 'printf')
    elif k == 'if':
        if truth(ev(s[1])):
            run_stmt(s[2])
        elif s[3] is not None:
            run_stmt(s[3])
    elif k == 'while':
        while truth(ev(s[1])):
            try:
                run_stmt(s[2])
            except Break:
                break
            except Continue:
                continue
    elif k == 'do':
        while True:
            try:
                run_stmt(s[1])
            except Break:
                break
            except Continue:
                pass
            if not truth(ev(s[2])):
                break
    elif k == 'for':
        if s[1] is not None:
            run_stmt(s[1])
        while s[2] is None or truth(ev(s[2])):
            try:
                run_stmt(s[4])
            except Break:
                break
            except Continue:
                pass
            if s[3] is not None:
                run_stmt(s[3])
    elif k == 'break':
        raise Break()
    elif k == 'continue':
        raise Continue()
    elif k == 'next':
        raise Next()
    elif k == 'exit':
        if s[1] is not None:
            state['code'] = int(to_num(ev(s[1])))
        raise Exit()
    elif k == 'delete':
        a = array(s[1])
        if s[2] is None:
            a.clear()
        else:
            a.pop(key_of(s[2]), None)


class Break(Exception):
    pass


class Continue(Exception):
    pass


def usage():
    os.write(2, b'Usage: mawk [Options] [Program] [file ...]\n')
    sys.exit(2)


def main(argv):
    i = 0
    assigns = []
    while i < len(argv) and argv[i].startswith('-') and argv[i] != '-':
        a = argv[i]
        i += 1
        if a == '--':
            break
        if a.startswith('-F'):
            fs = a[2:]
            if not fs:
                if i >= len(argv):
                    usage()
                fs = argv[i]
                i += 1
            VARS['FS'] = '\t' if fs == 't' else fs.replace('\\t', '\t')
        elif a.startswith('-v'):
            spec = a[2:]
            if not spec:
                if i >= len(argv):
                    usage()
                spec = argv[i]
                i += 1
            assigns.append(spec)
        elif a.startswith('-f'):
            raise Refused('-f program files')
        elif a.startswith('-W'):
            raise Refused('-W options')
        else:
            os.write(2, ('awk: not an option: ' + a + '\n').encode())
            sys.exit(2)
    if i >= len(argv):
        usage()
    src = argv[i]
    files = argv[i + 1:]
    for spec in assigns:
        name, _, val = spec.partition('=')
        VARS[name] = SN(unescape(val))
    items = Parser(lex(src)).program()
    state['code'] = 0
    begins = [b for kind, p, b in items if kind == 'BEGIN']
    ends = [b for kind, p, b in items if kind == 'END']
    mains = [(kind, p, b) for kind, p, b in items if kind in ('main', 'range')]
    in_range = {}
    try:
        for b in begins:
            run_stmt(b)
        if mains or ends:
            for name in files or ['-']:
                if '=' in name and not name.startswith('/') and name.split('=')[0].isidentifier():
                    var, _, val = name.partition('=')
                    VARS[var] = SN(unescape(val))
                    continue
                VARS['FNR'] = 0.0
                VARS['FILENAME'] = name  # mawk names stdin "-"
                if name == '-':
                    fd = 0
                else:
                    try:
                        fd = os.open(name, os.O_RDONLY)
                    except OSError as e:
                        flush()
                        os.write(2, ('awk: cannot open ' + name + ' (' + e.strerror + ')\n').encode())
                        state['code'] = 2
                        raise Exit()
                data = b''
                while True:
                    chunk = os.read(fd, 65536)
                    if not chunk:
                        break
                    data += chunk
                text = data.decode('utf-8', 'replace')
                lines = text.split('\n')
                if lines and lines[-1] == '':
                    lines.pop()
                for line in lines:
                    VARS['NR'] = to_num(VARS['NR']) + 1
                    VARS['FNR'] = to_num(VARS['FNR']) + 1
                    set_record(line)
                    try:
                        for n, (kind, pats, body) in enumerate(mains):
                            if kind == 'range':
                                if not in_range.get(n):
                                    if truth(ev(pats[0])):
                                        in_range[n] = True
                                        if truth(ev(pats[1])):
                                            in_range[n] = False
                                        fire = True
                                    else:
                                        fire = False
                                else:
                                    fire = True
                                    if truth(ev(pats[1])):
                                        in_range[n] = False
                            else:
                                fire = pats[0] is None or truth(ev(pats[0]))
                            if fire:
                                if body is None:
                                    state['out'].append(state['record'] + to_str(VARS['ORS']))
                                else:
                                    run_stmt(body)
                    except Next:
                        pass
                    flush()
    except Exit:
        pass
    try:
        for b in ends:
            run_stmt(b)
    except Exit:
        pass
    flush()
    sys.exit(state['code'])


def unescape(s):
    out, k = '', 0
    while k < len(s):
        if s[k] == '\\' and k + 1 < len(s):
            e = s[k + 1]
            out += {'n': '\n', 't': '\t', '\\': '\\', '"': '"', '/': '/'}.get(e, '\\' + e)
            k += 2
        else:
            out += s[k]
            k += 1
    return out


try:
    main(sys.argv[1:])
except AwkError as e:
    os.write(2, ('awk: ' + str(e) + '\n').encode())
    flush()  # mawk's buffered output comes out at exit, after the message
    sys.exit(2)
except Refused as e:
    flush()
    os.write(2, ('awk: ' + str(e) + " is not supported by the simulator's awk\n").encode())
    sys.exit(2)
