# /bin/sh: a small dash (0.5.12, Debian 12's /bin/sh), enough for what
# programs pass to `sh -c` or run as `sh FILE`: simple commands with
# NAME=value prefixes and redirections (N>file, N>>file, N<file, N>&M, to
# files or /dev/null), pipelines (|, !), lists (;, &, &&, ||, newlines),
# if/while/until/for/case, { } and ( ), $(( )), $?, $$, $!, $#, $0..$9,
# $NAME and ${NAME} in words and double quotes, 'single quotes', and the
# builtins of BUILTINS below (see ../doc.go for the list). Each external
# command is forked and exec'd through PATH (dash 0.5.12 does not exec the
# last command of -c in place: `sh -c 'sleep 1'` shows both sh and its
# sleep child). Waits use waitpid(-1) as dash's dowait does, so a finished
# background job is reaped by the next foreground wait. Errors read as
# dash's: "sh: 1: foo: not found" (127), "Permission denied" (126),
# "Syntax error" (2).
import os, sys

ENOEXEC = 8
DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
SIGNALS = {'HUP': 1, 'INT': 2, 'QUIT': 3, 'KILL': 9, 'USR1': 10, 'SEGV': 11, 'USR2': 12,
           'PIPE': 13, 'ALRM': 14, 'TERM': 15, 'CHLD': 17, 'CONT': 18, 'STOP': 19}
OPERATORS = ('&&', '||', ';;', ';', '&', '|', '(', ')', '\n')


class ShellError(Exception):
    def __init__(self, msg, status):
        Exception.__init__(self, msg)
        self.msg = msg
        self.status = status


class ExitShell(Exception):
    def __init__(self, status):
        Exception.__init__(self, status)
        self.status = status


def tokenize(src):
    """Words (lists of (kind, text) segments) and operator strings."""
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c in ' \t':
            i += 1
            continue
        if c == '#':
            while i < n and src[i] != '\n':
                i += 1
            continue
        if c == '\\' and i + 1 < n and src[i + 1] == '\n':
            i += 2
            continue
        two = src[i:i + 2]
        if two in ('&&', '||', ';;'):
            toks.append(('op', two))
            i += 2
            continue
        if c in ';&|()\n':
            toks.append(('op', c))
            i += 1
            continue
        # A redirection: [N]> [N]>> [N]< [N]>&M
        j = i
        while j < n and src[j].isdigit():
            j += 1
        if j < n and src[j] in '<>' and (j == i or j - i <= 2):
            fd = int(src[i:j]) if j > i else (0 if src[j] == '<' else 1)
            op = src[j]
            j += 1
            if op == '>' and j < n and src[j] == '>':
                op = '>>'
                j += 1
            elif j < n and src[j] == '&':
                op = op + '&'
                j += 1
            elif op == '>' and j < n and src[j] == '|':
                j += 1
            toks.append(('redir', (fd, op)))
            i = j
            continue
        word, i = read_word(src, i)
        toks.append(('word', word))
    return toks


def read_word(src, i):
    segs = []
    n = len(src)
    while i < n:
        c = src[i]
        if c in ' \t\n;&|()<>':
            break
        if c == "'":
            j = find_from(src, "'", i + 1)
            if j < 0:
                raise ShellError('Syntax error: Unterminated quoted string', 2)
            segs.append(('q', src[i + 1:j]))
            i = j + 1
        elif c == '"':
            i += 1
            buf = ''
            while True:
                if i >= n:
                    raise ShellError('Syntax error: Unterminated quoted string', 2)
                c = src[i]
                if c == '"':
                    i += 1
                    break
                if c == '\\' and i + 1 < n and src[i + 1] in '$`"\\\n':
                    buf += src[i + 1]
                    i += 2
                elif src[i:i + 3] == '$((':
                    if buf:
                        segs.append(('q', buf))
                        buf = ''
                    expr, i = read_arith(src, i)
                    segs.append(('arith', expr))
                elif src[i:i + 2] == '$(' or c == '`':
                    if buf:
                        segs.append(('q', buf))
                        buf = ''
                    text, i = read_subst(src, i)
                    segs.append(('qcmd', text))
                elif c == '$':
                    name, i = read_var(src, i)
                    if name is None:
                        buf += '$'
                    else:
                        if buf:
                            segs.append(('q', buf))
                            buf = ''
                        segs.append(('qvar', name))
                else:
                    buf += c
                    i += 1
            segs.append(('q', buf))
        elif c == '\\' and i + 1 < n:
            segs.append(('q', src[i + 1]))
            i += 2
        elif src[i:i + 3] == '$((':
            expr, i = read_arith(src, i)
            segs.append(('arith', expr))
        elif src[i:i + 2] == '$(' or c == '`':
            text, i = read_subst(src, i)
            segs.append(('cmd', text))
        elif c == '$':
            name, i = read_var(src, i)
            if name is None:
                segs.append(('lit', '$'))
            else:
                segs.append(('var', name))
        else:
            j = i
            while j < n and src[j] not in ' \t\n;&|()<>\'"\\$`':
                j += 1
            segs.append(('lit', src[i:j]))
            i = j
    return segs, i


def read_arith(src, i):
    """$(( EXPR )) at src[i]: the expression text and the index after it."""
    depth = 0
    j = i + 3
    while j < len(src):
        c = src[j]
        if c == '(':
            depth += 1
        elif c == ')':
            if depth == 0:
                if src[j:j + 2] != '))':
                    break
                return src[i + 3:j], j + 2
            depth -= 1
        j += 1
    raise ShellError('Syntax error: Missing \'))\'', 2)


def read_subst(src, i):
    """$( LIST ) or `LIST` at src[i]: the command text and the index after
    it. Parentheses nest; quotes inside are skipped whole."""
    if src[i] == '`':
        j = i + 1
        text = ''
        while j < len(src) and src[j] != '`':
            if src[j] == '\\' and j + 1 < len(src) and src[j + 1] in '$`\\':
                j += 1
            text += src[j]
            j += 1
        if j >= len(src):
            raise ShellError('Syntax error: EOF in backquote substitution', 2)
        return text, j + 1
    depth = 0
    j = i + 2
    while j < len(src):
        c = src[j]
        if c == "'" or c == '"':
            k = find_from(src, c, j + 1)
            if k < 0:
                break
            j = k + 1
            continue
        if c == '(':
            depth += 1
        elif c == ')':
            if depth == 0:
                return src[i + 2:j], j + 1
            depth -= 1
        j += 1
    raise ShellError('Syntax error: end of file unexpected (expecting ")")', 2)


def find_from(s, c, start):
    # str.find(c, start), whose start argument the simulator's str lacks.
    for k in range(start, len(s)):
        if s[k] == c:
            return k
    return -1


def read_var(src, i):
    """$NAME, ${NAME}, $? $$ $! $# $0-$9 at src[i] == '$'."""
    n = len(src)
    if i + 1 >= n:
        return None, i + 1
    c = src[i + 1]
    if c == '{':
        j = find_from(src, '}', i + 2)
        if j < 0:
            raise ShellError('Syntax error: Missing \'}\'', 2)
        return src[i + 2:j], j + 1
    if c in '?$!#@*-' or c.isdigit():
        return c, i + 2
    if c.isalpha() or c == '_':
        j = i + 1
        while j < n and (src[j].isalnum() or src[j] == '_'):
            j += 1
        return src[i + 1:j], j
    return None, i + 1


RESERVED = ('if', 'then', 'elif', 'else', 'fi', 'while', 'until', 'for', 'do', 'done',
            'case', 'esac', 'in', '{', '}')


def word_text(tok):
    """The text of a word token that is one unquoted literal, else None."""
    if tok[0] != 'word' or len(tok[1]) != 1 or tok[1][0][0] != 'lit':
        return None
    return tok[1][0][1]


class Parser:
    """dash's parser (src/parser.c) for the grammar of POSIX 2.10: lists,
    and-or lists, pipelines, simple commands and the compound commands
    if, while, until, for, case, { } and ( ). A command is a tuple whose
    first item names its kind (simple, group, sub, if, loop, for, case)."""

    def __init__(self, toks):
        self.toks = toks
        self.pos = 0
        self.line = 1

    def peek(self):
        if self.pos < len(self.toks):
            return self.toks[self.pos]
        return ('eof', None)

    def advance(self):
        if self.peek() == ('op', '\n'):
            self.line += 1
        self.pos += 1

    def at(self, *names):
        w = word_text(self.peek())
        return w is not None and w in names

    def skip_newlines(self):
        while self.peek() == ('op', '\n'):
            self.advance()

    def unexpected(self):
        kind, v = self.peek()
        if kind == 'eof':
            what = 'end of file'
        elif v == '\n':
            what = 'newline'
        elif kind == 'word':
            what = '"' + (word_text(self.peek()) or '') + '"'
        else:
            what = '"' + str(v) + '"'
        raise ShellError('Syntax error: ' + what + ' unexpected', 2)

    def expect(self, name):
        if not self.at(name):
            if self.peek()[0] == 'eof':
                self.unexpected()
            raise ShellError('Syntax error: ' + ('"' + word_text(self.peek()) + '"' if word_text(self.peek()) else 'word') + ' unexpected (expecting "' + name + '")', 2)
        self.advance()

    def parse_list(self, stops=()):
        """[(andor, background)] up to the end of input, a reserved word of
        stops at the start of a command, ')' or ';;'."""
        items = []
        while True:
            self.skip_newlines()
            kind, v = self.peek()
            if kind == 'eof' or kind == 'op' and v in (')', ';;') or self.at(*stops):
                return items
            andor = self.parse_andor()
            kind, v = self.peek()
            bg = False
            if kind == 'op' and v in (';', '&', '\n'):
                bg = v == '&'
                self.advance()
            elif not (kind == 'eof' or kind == 'op' and v in (')', ';;') or self.at(*stops)):
                self.unexpected()
            items.append((andor, bg))

    def parse_body(self, stops):
        """A compound list that must not be empty (dash: `if true; then fi`
        is a syntax error at the fi)."""
        items = self.parse_list(stops)
        if not items:
            self.unexpected()
        return items

    def parse_andor(self):
        first = self.parse_pipeline()
        rest = []
        while self.peek()[0] == 'op' and self.peek()[1] in ('&&', '||'):
            op = self.peek()[1]
            self.advance()
            self.skip_newlines()
            rest.append((op, self.parse_pipeline()))
        return (first, rest)

    def parse_pipeline(self):
        negate = False
        if self.at('!'):
            negate = True
            self.advance()
        cmds = [self.parse_command()]
        while self.peek() == ('op', '|'):
            self.advance()
            self.skip_newlines()
            cmds.append(self.parse_command())
        return (negate, cmds)

    def parse_command(self):
        kind, v = self.peek()
        if kind == 'op' and v == '(':
            self.advance()
            items = self.parse_body(())
            if self.peek() != ('op', ')'):
                self.unexpected()
            self.advance()
            return ('sub', items, self.parse_redirs())
        w = word_text(self.peek())
        if w == '{':
            self.advance()
            items = self.parse_body(('}',))
            self.expect('}')
            return ('group', items, self.parse_redirs())
        if w == 'if':
            return self.parse_if()
        if w == 'while' or w == 'until':
            self.advance()
            cond = self.parse_body(('do',))
            self.expect('do')
            body = self.parse_body(('done',))
            self.expect('done')
            return ('loop', w == 'until', cond, body, self.parse_redirs())
        if w == 'for':
            return self.parse_for()
        if w == 'case':
            return self.parse_case()
        if w is not None and w in RESERVED:
            self.unexpected()
        return self.parse_simple()

    def parse_if(self):
        self.advance()
        clauses = []
        els = None
        while True:
            cond = self.parse_body(('then',))
            self.expect('then')
            body = self.parse_body(('elif', 'else', 'fi'))
            clauses.append((cond, body))
            if self.at('elif'):
                self.advance()
                continue
            if self.at('else'):
                self.advance()
                els = self.parse_body(('fi',))
            self.expect('fi')
            return ('if', clauses, els, self.parse_redirs())

    def parse_for(self):
        self.advance()
        name = word_text(self.peek())
        if name is None or not is_name(name):
            raise ShellError('Syntax error: Bad for loop variable', 2)
        self.advance()
        words = None
        self.skip_newlines()
        if self.at('in'):
            self.advance()
            words = []
            while self.peek()[0] == 'word':
                words.append(self.peek()[1])
                self.advance()
            if not (self.peek()[0] == 'op' and self.peek()[1] in (';', '\n')):
                self.unexpected()
            self.advance()
        elif self.peek() == ('op', ';'):
            self.advance()
        self.skip_newlines()
        self.expect('do')
        body = self.parse_body(('done',))
        self.expect('done')
        return ('for', name, words, body, self.parse_redirs())

    def parse_case(self):
        self.advance()
        if self.peek()[0] != 'word':
            self.unexpected()
        subject = self.peek()[1]
        self.advance()
        self.skip_newlines()
        self.expect('in')
        arms = []
        while True:
            self.skip_newlines()
            if self.at('esac'):
                self.advance()
                return ('case', subject, arms, self.parse_redirs())
            if self.peek() == ('op', '('):
                self.advance()
            pats = []
            while True:
                if self.peek()[0] != 'word':
                    self.unexpected()
                pats.append(self.peek()[1])
                self.advance()
                if self.peek() != ('op', '|'):
                    break
                self.advance()
            if self.peek() != ('op', ')'):
                self.unexpected()
            self.advance()
            items = self.parse_list(('esac',))
            arms.append((pats, items))
            if self.peek() == ('op', ';;'):
                self.advance()
            elif not self.at('esac'):
                self.unexpected()

    def parse_redirs(self):
        redirs = []
        while self.peek()[0] == 'redir':
            v = self.peek()[1]
            self.advance()
            if self.peek()[0] != 'word':
                self.unexpected()
            redirs.append((v[0], v[1], self.peek()[1]))
            self.advance()
        return redirs

    def parse_simple(self):
        line = self.line
        words = []
        redirs = []
        while True:
            kind, v = self.peek()
            if kind == 'word':
                words.append(v)
                self.advance()
            elif kind == 'redir':
                redirs.extend(self.parse_redirs())
            else:
                break
        if not words and not redirs:
            self.unexpected()
        return ('simple', words, redirs, line)


class LoopControl(Exception):
    """break N / continue N unwinding to the N-th enclosing loop."""

    def __init__(self, is_break, count):
        Exception.__init__(self, count)
        self.is_break = is_break
        self.count = count


def wait_status(status):
    if os.WIFSIGNALED(status):
        return 128 + os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


class Shell:
    def __init__(self, name, args):
        self.name = name
        self.args = args
        self.status = 0
        self.lastbg = None
        self.jobs = []
        self.done = {}
        self.lineno = 1
        self.loops = 0
        self.subst_status = 0
        self.vars = {}
        for k in os.environ:
            self.vars[k] = os.environ[k]
        self.vars['PPID'] = str(os.getppid())

    def err(self, msg):
        os.write(2, (self.name + ': ' + str(self.lineno) + ': ' + msg + '\n').encode())

    def lookup(self, name):
        if name == '?':
            return str(self.status)
        if name == '$':
            return str(os.getpid())
        if name == '!':
            return '' if self.lastbg is None else str(self.lastbg)
        if name == '#':
            return str(len(self.args))
        if name in ('@', '*'):
            return ' '.join(self.args)
        if name == '-':
            return ''
        if name.isdigit():
            k = int(name)
            if k == 0:
                return self.name
            if k <= len(self.args):
                return self.args[k - 1]
            return ''
        return self.vars.get(name, '')

    def expand(self, words):
        """Words to fields (POSIX 2.6): expansions, then field splitting of
        unquoted results on blanks, then pathname expansion. A field is a
        list of (char, unquoted) pairs until globbing."""
        out = []
        for segs in words:
            fields = []
            cur = None
            for kind, text in segs:
                if kind == 'lit':
                    cur = (cur or []) + [(c, True) for c in text]
                elif kind in ('q', 'qvar', 'arith', 'qcmd'):
                    if kind == 'qvar':
                        text = self.lookup(text)
                    elif kind == 'arith':
                        text = self.arith(text)
                    elif kind == 'qcmd':
                        text = self.substitute(text)
                    cur = (cur or []) + [(c, False) for c in text]
                else:
                    value = self.substitute(text) if kind == 'cmd' else self.lookup(text)
                    if value[:1] in (' ', '\t', '\n') and cur is not None:
                        fields.append(cur)
                        cur = None
                    parts = value.split()
                    for k, part in enumerate(parts):
                        if k > 0:
                            fields.append(cur)
                            cur = None
                        cur = (cur or []) + [(c, True) for c in part]
                    if parts and value[-1:] in (' ', '\t', '\n'):
                        fields.append(cur)
                        cur = None
            if cur is not None:
                fields.append(cur)
            for f in fields:
                out.extend(glob_field(f))
        return out

    # --- running

    def run(self, src):
        parser = Parser([])
        try:
            parser = Parser(tokenize(src))
            items = parser.parse_list()
            if parser.peek()[0] != 'eof':
                parser.unexpected()
        except ShellError as e:
            self.lineno = parser.line
            self.err(e.msg)
            return e.status
        return self.run_items(items, False)

    # Evaluation follows dash's evaltree (src/eval.c). exit_mode is its
    # EV_EXIT: in a forked child (a background job, a pipeline member, a
    # subshell) the last simple command is exec'd in place, so `sh -c
    # '(sleep 1)'` shows sh and sleep, no second sh. dash 0.5.12 does not
    # do it for the -c string itself. A loop's body never runs in exit mode.

    def run_items(self, items, exit_mode):
        for k, item in enumerate(items):
            andor, bg = item
            if bg:
                pid = os.fork()
                if pid == 0:
                    os._exit(self.run_in_child(andor))
                self.jobs.append(pid)
                self.lastbg = pid
                self.status = 0
            else:
                self.status = self.run_andor(andor, exit_mode and k == len(items) - 1)
        return self.status

    def run_in_child(self, andor):
        self.jobs = []
        try:
            return self.run_andor(andor, True)
        except ExitShell as e:
            return e.status
        except LoopControl:
            return 0

    def run_andor(self, andor, exit_mode):
        first, rest = andor
        status = self.run_pipeline(first, exit_mode and not rest)
        for k, step in enumerate(rest):
            op, pl = step
            self.status = status
            if (op == '&&') == (status == 0):
                status = self.run_pipeline(pl, exit_mode and k == len(rest) - 1)
        return status

    def run_pipeline(self, pl, exit_mode):
        negate, cmds = pl
        if len(cmds) == 1:
            status = self.run_command(cmds[0], exit_mode and not negate)
        else:
            pids = []
            prev = -1
            for k, cmd in enumerate(cmds):
                r, w = -1, -1
                if k < len(cmds) - 1:
                    r, w = os.pipe()
                pid = os.fork()
                if pid == 0:
                    if prev != -1:
                        os.dup2(prev, 0)
                        os.close(prev)
                    if w != -1:
                        os.dup2(w, 1)
                        os.close(w)
                        os.close(r)
                    os._exit(self.run_in_child(((False, [cmd]), [])))
                pids.append(pid)
                if prev != -1:
                    os.close(prev)
                if w != -1:
                    os.close(w)
                prev = r
            status = 0
            for pid in pids:
                status = self.wait_for(pid)
        if negate:
            return 0 if status else 1
        return status

    def run_command(self, cmd, exit_mode):
        kind = cmd[0]
        if kind == 'simple':
            self.lineno = cmd[3]
            return self.run_simple(cmd, exit_mode)
        if kind == 'sub':
            return self.run_subshell(cmd, exit_mode)
        saved = self.redirect(cmd[-1], True)
        if saved is None:
            return 2
        try:
            if kind == 'group':
                return self.run_items(cmd[1], exit_mode)
            if kind == 'if':
                return self.run_if(cmd, exit_mode)
            if kind == 'loop':
                return self.run_loop(cmd)
            if kind == 'for':
                return self.run_for(cmd)
            return self.run_case(cmd, exit_mode)
        finally:
            self.restore(saved)

    def run_subshell(self, cmd, exit_mode):
        # evalsubshell: no fork when the subshell is the last thing a
        # child does anyway.
        if exit_mode:
            if self.redirect(cmd[2], False) is None:
                os._exit(2)
            os._exit(self.run_sub_items(cmd[1]))
        pid = os.fork()
        if pid == 0:
            self.jobs = []
            if self.redirect(cmd[2], False) is None:
                os._exit(2)
            os._exit(self.run_sub_items(cmd[1]))
        return self.wait_for(pid)

    def run_sub_items(self, items):
        try:
            return self.run_items(items, True)
        except ExitShell as e:
            return e.status
        except LoopControl:
            return 0

    def run_if(self, cmd, exit_mode):
        clauses, els = cmd[1], cmd[2]
        for cond, body in clauses:
            if self.run_items(cond, False) == 0:
                return self.run_items(body, exit_mode)
        if els is not None:
            return self.run_items(els, exit_mode)
        return 0

    def run_body(self, body):
        """One pass of a loop body: (status, stop) where stop says break."""
        self.loops += 1
        try:
            return self.run_items(body, False), False
        except LoopControl as c:
            if c.count > 1:
                c.count -= 1
                raise
            return 0, c.is_break
        finally:
            self.loops -= 1

    def run_loop(self, cmd):
        until, cond, body = cmd[1], cmd[2], cmd[3]
        status = 0
        while True:
            self.loops += 1
            try:
                ok = self.run_items(cond, False) == 0
            finally:
                self.loops -= 1
            if ok == until:
                return status
            status, stop = self.run_body(body)
            if stop:
                return status

    def run_for(self, cmd):
        name, words, body = cmd[1], cmd[2], cmd[3]
        values = list(self.args) if words is None else self.expand(words)
        status = 0
        for v in values:
            self.vars[name] = v
            status, stop = self.run_body(body)
            if stop:
                break
        return status

    def run_case(self, cmd, exit_mode):
        subject = self.expand_one(cmd[1])
        for pats, items in cmd[2]:
            for pat in pats:
                if pattern_match(self.pattern(pat), subject):
                    return self.run_items(items, exit_mode)
        return 0

    def substitute(self, text):
        """$(LIST): a forked subshell with its stdout on a pipe (dash's
        evalbackcmd, exit mode inside); its output without the trailing
        newlines, and its status as $? for a command with no name."""
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            os.dup2(w, 1)
            os.close(w)
            self.jobs = []
            parser = Parser([])
            try:
                parser = Parser(tokenize(text))
                items = parser.parse_list()
                if parser.peek()[0] != 'eof':
                    parser.unexpected()
            except ShellError as e:
                self.err(e.msg)
                os._exit(e.status)
            os._exit(self.run_sub_items(items))
        os.close(w)
        data = b''
        while True:
            part = os.read(r, 65536)
            if not part:
                break
            data += part
        os.close(r)
        self.subst_status = self.wait_for(pid)
        return data.decode().rstrip('\n')

    def arith(self, text):
        """$(( text )): parameters expanded first, then evaluated; an error
        ends a non-interactive shell with status 2, as in dash."""
        out = ''
        i = 0
        while i < len(text):
            if text[i] == '$':
                name, j = read_var(text, i)
                if name is not None:
                    out += self.lookup(name)
                    i = j
                    continue
            out += text[i]
            i += 1
        try:
            return str(Arith(self, out).evaluate())
        except ShellError as e:
            self.err(e.msg)
            raise ExitShell(2)

    def expand_one(self, segs):
        """A word expanded without field splitting (case subjects)."""
        out = ''
        for kind, text in segs:
            if kind in ('lit', 'q'):
                out += text
            elif kind == 'arith':
                out += self.arith(text)
            elif kind in ('cmd', 'qcmd'):
                out += self.substitute(text)
            else:
                out += self.lookup(text)
        return out

    def pattern(self, segs):
        """A case pattern as (char, special) pairs: quoted characters and
        expanded variables in quotes match themselves."""
        out = []
        for kind, text in segs:
            if kind == 'arith':
                text = self.arith(text)
            elif kind in ('cmd', 'qcmd'):
                text = self.substitute(text)
            elif kind in ('var', 'qvar'):
                text = self.lookup(text)
            special = kind in ('lit', 'var', 'cmd')
            for c in text:
                out.append((c, special))
        return out

    def wait_for(self, pid):
        """dash's waitforjob: reap any child until pid is reaped."""
        while pid not in self.done:
            try:
                wpid, st = os.waitpid(-1, 0)
            except InterruptedError:
                continue
            except ChildProcessError:
                return 127
            self.done[wpid] = wait_status(st)
        status = self.done.pop(pid)
        if pid in self.jobs:
            self.jobs.remove(pid)
        return status

    def run_simple(self, cmd, exit_mode):
        words, redirs = cmd[1], cmd[2]
        self.subst_status = 0
        # NAME=value words before the command name: their values are not
        # split into fields (POSIX 2.9.1).
        assigns = {}
        k = 0
        while k < len(words) and is_assignment(words[k]):
            name, first = words[k][0][1].split('=', 1)
            assigns[name] = self.expand_one([('lit', first)] + words[k][1:])
            k += 1
        argv = self.expand(words[k:])
        if not argv:
            for k in assigns:
                self.vars[k] = assigns[k]
            if redirs:
                saved = self.redirect(redirs, True)
                if saved is None:
                    return 2
                self.restore(saved)
            return self.subst_status
        builtin = BUILTINS.get(argv[0])
        if builtin is not None:
            saved = self.redirect(redirs, True)
            if saved is None:
                return 2
            try:
                return builtin(self, argv)
            finally:
                self.restore(saved)
        if exit_mode:
            self.exec_command(argv, redirs, assigns)
        pid = os.fork()
        if pid == 0:
            self.exec_command(argv, redirs, assigns)
        return self.wait_for(pid)

    def exec_command(self, argv, redirs, assigns):
        """In a child: redirections, then exec through PATH; never returns."""
        if self.redirect(redirs, False) is None:
            os._exit(2)
        env = dict(self.vars)
        for k in assigns:
            env[k] = assigns[k]
        name = argv[0]
        if '/' in name:
            candidates = [name]
        else:
            candidates = [(d or '.') + '/' + name for d in env.get('PATH', DEFAULT_PATH).split(':')]
        denied = False
        for path in candidates:
            try:
                os.execve(path, argv, env)
            except PermissionError:
                denied = True
            except OSError as e:
                if e.errno == ENOEXEC:
                    self.run_as_script(name, path, argv, env)
        if denied:
            self.err(name + ': Permission denied')
            os._exit(126)
        self.err(name + ': not found')
        os._exit(127)

    def run_as_script(self, name, path, argv, env):
        """dash's tryexec: a file the kernel cannot execute (ENOEXEC) is run
        by /bin/sh as a script, `/bin/sh PATH ARGS`; Debian's dash first
        refuses one whose first line (within 128 bytes) holds a control
        character other than tab, newline, \\v, \\f, \\r, SO, SI and ESC,
        as a binary ("Exec format error", 126)."""
        head = b''
        try:
            fd = os.open(path, os.O_RDONLY)
            head = os.read(fd, 128)
            os.close(fd)
        except OSError:
            pass
        for k in range(len(head)):
            b = head[k]
            if b == 10:
                break
            if b < 9 or 16 <= b <= 26 or 28 <= b <= 31 or b == 127:
                self.err(name + ': Exec format error')
                os._exit(126)
        os.execve('/bin/sh', ['/bin/sh', path] + argv[1:], env)

    def redirect(self, redirs, save):
        """Applies redirections; returns what restore needs, None on error."""
        saved = []
        for fd, op, target in redirs:
            words = self.expand([target])
            t = words[0] if words else ''
            if op in ('>&', '<&'):
                if t == '-':
                    if save:
                        saved.append((fd, dup_or_none(fd)))
                    try:
                        os.close(fd)
                    except OSError:
                        pass
                    continue
                if not t.isdigit():
                    self.err('Syntax error: Bad fd number')
                    return None
                if save:
                    saved.append((fd, dup_or_none(fd)))
                try:
                    os.dup2(int(t), fd)
                except OSError:
                    self.err(t + ': Bad file descriptor')
                    return None
                continue
            try:
                if op == '<':
                    new = os.open(t, os.O_RDONLY)
                elif op == '>>':
                    new = os.open(t, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o666)
                else:
                    new = os.open(t, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
            except OSError as e:
                if op == '<':
                    self.err('cannot open ' + t + ': No such file')
                else:
                    self.err('cannot create ' + t + ': ' + (e.strerror or 'Permission denied'))
                return None
            if save:
                saved.append((fd, dup_or_none(fd)))
            if new != fd:
                os.dup2(new, fd)
                os.close(new)
        return saved

    def restore(self, saved):
        for fd, old in reversed(saved):
            if old is None:
                try:
                    os.close(fd)
                except OSError:
                    pass
            else:
                os.dup2(old, fd)
                os.close(old)


# --- $(( )) arithmetic, dash's src/arith_yacc.c: integers (decimal, 0x
# hex, 0 octal), variables by name, unary + - ! ~, the binary operators of
# C from * to ||, ?: and the assignments = += -= *= /= %=; division and
# remainder truncate toward zero as in C.

BINARY = {'||': 1, '&&': 2, '|': 3, '^': 4, '&': 5, '==': 6, '!=': 6, '<': 7, '<=': 7,
          '>': 7, '>=': 7, '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10}
ASSIGN = ('=', '+=', '-=', '*=', '/=', '%=')


class Arith:
    def __init__(self, sh, text):
        self.sh = sh
        self.text = text
        self.toks = arith_tokens(text)
        self.pos = 0

    def fail(self, what):
        raise ShellError('arithmetic expression: ' + what + ': "' + self.text + '"', 2)

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ''

    def evaluate(self):
        v = self.expr()
        if self.pos < len(self.toks):
            self.fail('expecting EOF')
        return v

    def expr(self):
        if self.pos + 1 < len(self.toks) and is_name(self.toks[self.pos]) and self.toks[self.pos + 1] in ASSIGN:
            name = self.toks[self.pos]
            op = self.toks[self.pos + 1]
            self.pos += 2
            v = self.expr()
            if op != '=':
                v = apply_binary(self, op[0], self.variable(name), v)
            self.sh.vars[name] = str(v)
            return v
        cond = self.binary(1)
        if self.peek() == '?':
            self.pos += 1
            a = self.expr()
            if self.peek() != ':':
                self.fail('expecting ":"')
            self.pos += 1
            b = self.expr()
            return a if cond else b
        return cond

    def binary(self, level):
        if level > 10:
            return self.unary()
        left = self.binary(level + 1)
        while BINARY.get(self.peek()) == level:
            op = self.peek()
            self.pos += 1
            right = self.binary(level + 1)
            left = apply_binary(self, op, left, right)
        return left

    def unary(self):
        t = self.peek()
        if t in ('+', '-', '!', '~'):
            self.pos += 1
            v = self.unary()
            if t == '-':
                return -v
            if t == '!':
                return 0 if v else 1
            if t == '~':
                return ~v
            return v
        if t == '(':
            self.pos += 1
            v = self.expr()
            if self.peek() != ')':
                self.fail('expecting ")"')
            self.pos += 1
            return v
        if t and (t[0].isdigit()):
            self.pos += 1
            return arith_number(self, t)
        if t and is_name(t):
            self.pos += 1
            return self.variable(t)
        self.fail('expecting primary')

    def variable(self, name):
        v = self.sh.vars.get(name, '').strip()
        if not v:
            return 0
        neg = v.startswith('-')
        try:
            n = int_literal(v[1:] if neg else v)
        except ValueError:
            self.sh.err('Illegal number: ' + v)
            raise ExitShell(2)
        return -n if neg else n


def int_literal(t):
    """A C integer constant: decimal, 0x hex or 0 octal (ValueError else)."""
    if not t or not t[0].isdigit():
        raise ValueError(t)
    if t.startswith('0x') or t.startswith('0X'):
        return int(t[2:], 16)
    if len(t) > 1 and t[0] == '0':
        return int(t[1:], 8)
    return int(t)


def arith_number(a, t):
    try:
        return int_literal(t)
    except ValueError:
        a.fail('expecting EOF')


def apply_binary(a, op, x, y):
    if op in ('/', '%'):
        if y == 0:
            a.fail('division by zero')
        q = abs(x) // abs(y)
        if (x < 0) != (y < 0):
            q = -q
        return q if op == '/' else x - y * q
    if op == '+':
        return x + y
    if op == '-':
        return x - y
    if op == '*':
        return x * y
    if op == '<<':
        return x << y
    if op == '>>':
        return x >> y
    if op == '&':
        return x & y
    if op == '|':
        return x | y
    if op == '^':
        return x ^ y
    if op == '&&':
        return 1 if x and y else 0
    if op == '||':
        return 1 if x or y else 0
    table = {'==': x == y, '!=': x != y, '<': x < y, '<=': x <= y, '>': x > y, '>=': x >= y}
    return 1 if table[op] else 0


def arith_tokens(text):
    toks = []
    i = 0
    while i < len(text):
        c = text[i]
        if c in ' \t\n':
            i += 1
        elif c.isalnum() or c == '_':
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == '_'):
                j += 1
            toks.append(text[i:j])
            i = j
        elif text[i:i + 2] in ('||', '&&', '==', '!=', '<=', '>=', '<<', '>>', '+=', '-=', '*=', '/=', '%='):
            toks.append(text[i:i + 2])
            i += 2
        else:
            toks.append(c)
            i += 1
    return toks


# --- case patterns (fnmatch without FNM_PERIOD): *, ?, [...] with ranges
# and ! negation; quoted characters match themselves.

def pattern_match(pat, s):
    return match_from(pat, 0, s, 0)


def match_from(pat, p, s, i):
    while p < len(pat):
        c, special = pat[p]
        if special and c == '*':
            for k in range(len(s), i - 1, -1):
                if match_from(pat, p + 1, s, k):
                    return True
            return False
        if i >= len(s):
            return False
        if special and c == '?':
            p += 1
            i += 1
            continue
        if special and c == '[':
            end, ok = match_class(pat, p, s[i])
            if end > 0:
                if not ok:
                    return False
                p = end
                i += 1
                continue
        if c != s[i]:
            return False
        p += 1
        i += 1
    return i == len(s)


def match_class(pat, p, ch):
    """A bracket expression at pat[p]: (index after it, matched), or
    (0, False) when it has no closing ] (then [ is an ordinary char)."""
    q = p + 1
    negate = q < len(pat) and pat[q][0] in '!^' and pat[q][1]
    if negate:
        q += 1
    first = q
    found = False
    while q < len(pat):
        c = pat[q][0]
        if c == ']' and q > first:
            return q + 1, found != negate
        if q + 2 < len(pat) and pat[q + 1][0] == '-' and pat[q + 2][0] != ']':
            if c <= ch <= pat[q + 2][0]:
                found = True
            q += 3
            continue
        if c == ch:
            found = True
        q += 1
    return 0, False


# --- pathname expansion (dash's expandmeta): an unquoted *, ? or [...]
# makes a field a pattern, matched one path component at a time against
# the directory's entries, sorted; names starting with . only match a
# pattern starting with a literal .; no match leaves the field as it is.

def is_glob(pairs):
    for k in range(len(pairs)):
        c, special = pairs[k]
        if special and (c == '*' or c == '?'):
            return True
        if special and c == '[' and match_class(pairs, k, '')[0] > 0:
            return True
    return False


def glob_field(pairs):
    text = ''.join([c for c, special in pairs])
    if not is_glob(pairs):
        return [text]
    comps = [[]]
    for pair in pairs:
        if pair[0] == '/':
            comps.append([])
        else:
            comps[-1].append(pair)
    paths = ['/' if text.startswith('/') else '']
    if text.startswith('/'):
        comps = comps[1:]
    for k, comp in enumerate(comps):
        last = k == len(comps) - 1
        nxt = []
        for base in paths:
            if not is_glob(comp):
                name = ''.join([c for c, special in comp])
                path = base + name
                if last or os.path.isdir(path or '.'):
                    nxt.append(path if last else path + '/')
                continue
            try:
                names = sorted(os.listdir(base or '.'))
            except OSError:
                continue
            for name in names:
                if name[:1] == '.' and not (comp and comp[0][0] == '.'):
                    continue
                if pattern_match(comp, name):
                    nxt.append(base + name if last else base + name + '/')
        paths = nxt
    paths = [p for p in paths if os.path.exists(p)]
    if not paths:
        return [text]
    return paths


def dup_or_none(fd):
    try:
        return os.dup(fd)
    except OSError:
        return None


def is_assignment(segs):
    if not segs or segs[0][0] != 'lit' or '=' not in segs[0][1]:
        return False
    return is_name(segs[0][1].split('=', 1)[0])


def is_name(s):
    if not s or not (s[0].isalpha() or s[0] == '_'):
        return False
    for c in s:
        if not (c.isalnum() or c == '_'):
            return False
    return True


# --- builtins (dash src/bltin, src/jobs.c, src/main.c)

def b_exit(sh, argv):
    if len(argv) > 1:
        if not argv[1].isdigit():
            sh.err('exit: Illegal number: ' + argv[1])
            raise ExitShell(2)
        raise ExitShell(int(argv[1]) & 255)
    raise ExitShell(sh.status)


def b_true(sh, argv):
    return 0


def b_false(sh, argv):
    return 1


def b_echo(sh, argv):
    args = argv[1:]
    newline = True
    if args and args[0] == '-n':
        newline = False
        args = args[1:]
    out = ''
    stop = False
    for k, a in enumerate(args):
        if k:
            out += ' '
        i = 0
        while i < len(a):
            c = a[i]
            if c == '\\' and i + 1 < len(a):
                e = a[i + 1]
                i += 2
                if e == 'n':
                    out += '\n'
                elif e == 't':
                    out += '\t'
                elif e == '\\':
                    out += '\\'
                elif e == 'c':
                    stop = True
                    break
                elif e == '0':
                    j = i
                    while j < len(a) and j < i + 3 and a[j] in '01234567':
                        j += 1
                    out += chr(int(a[i:j] or '0', 8))
                    i = j
                else:
                    out += '\\' + e
            else:
                out += c
                i += 1
        if stop:
            break
    if newline and not stop:
        out += '\n'
    try:
        os.write(1, out.encode())
    except OSError:
        return 1
    return 0


def b_printf(sh, argv):
    if len(argv) < 2:
        sh.err('printf: usage: printf format [arg ...]')
        return 2
    fmt = argv[1]
    args = argv[2:]
    out = ''
    while True:
        i = 0
        used = 0
        while i < len(fmt):
            c = fmt[i]
            if c == '\\' and i + 1 < len(fmt):
                text, i = printf_escape(fmt, i + 1, False)
                out += text
            elif c == '%' and i + 1 < len(fmt):
                # %[flags][width][.precision]conversion
                j = i + 1
                while j < len(fmt) and fmt[j] in '-+ #0':
                    j += 1
                while j < len(fmt) and (fmt[j].isdigit() or fmt[j] == '.'):
                    j += 1
                spec, e = fmt[i:j], fmt[j] if j < len(fmt) else ''
                i = j + 1
                if e == '%':
                    out += '%'
                    continue
                a = args[used] if used < len(args) else ''
                used += 1
                if e in 'diouxXc' and e:
                    if e == 'c':
                        out += (spec + 's') % a[:1]
                        continue
                    try:
                        n = int(a, 0) if a else 0
                    except ValueError:
                        n = ord(a[1]) if a[:1] in '\'"' and len(a) > 1 else 0
                    out += (spec + ('d' if e in 'iu' else e)) % n
                elif e == 'b':
                    k, text = 0, ''
                    while k < len(a):
                        if a[k] == '\\' and k + 1 < len(a):
                            t, k = printf_escape(a, k + 1, True)
                            text += t
                        else:
                            text += a[k]
                            k += 1
                    out += (spec + 's') % text
                else:
                    out += (spec + 's') % a
            else:
                out += c
                i += 1
        args = args[used:]
        if not args or not used:
            break
    os.write(1, out.encode())
    return 0


def printf_escape(text, i, in_arg):
    # The escape after a backslash at text[i]: (its text, the index after
    # it). Octal is \NNN in a format, \0NNN in a %b argument.
    e = text[i]
    simple = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
              '\\': '\\', '"': '"', "'": "'"}
    if e in simple:
        return simple[e], i + 1
    if e in '01234567':
        start = i + 1 if in_arg and e == '0' else i
        j = start
        while j < len(text) and j < start + 3 and text[j] in '01234567':
            j += 1
        return chr(int(text[start:j] or '0', 8)), j
    return '\\' + e, i + 1


def b_wait(sh, argv):
    if len(argv) == 1:
        # POSIX: with no operands, wait for every job and return 0.
        for pid in list(sh.jobs):
            sh.wait_for(pid)
        return 0
    status = 0
    for a in argv[1:]:
        pid = int(a) if a.isdigit() else -1
        if pid in sh.jobs or pid in sh.done:
            status = sh.wait_for(pid)
        else:
            status = 127
    return status


def b_kill(sh, argv):
    args = argv[1:]
    sig = 15
    if args and args[0] == '-s' and len(args) > 1:
        sig = signal_number(args[1])
        args = args[2:]
    elif args and args[0] == '-l':
        os.write(1, (' '.join(sorted(SIGNALS, key=lambda k: SIGNALS[k])) + '\n').encode())
        return 0
    elif args and args[0].startswith('-') and len(args[0]) > 1:
        sig = signal_number(args[0][1:])
        args = args[1:]
    if sig < 0:
        sh.err('kill: invalid signal number or name: ' + argv[1])
        return 2
    if not args:
        sh.err('kill: Usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or\nkill -l [exitstatus]')
        return 2
    status = 0
    for a in args:
        try:
            os.kill(int(a), sig)
        except ValueError:
            sh.err('kill: Illegal number: ' + a)
            return 2
        except ProcessLookupError:
            sh.err('kill: No such process')
            status = 1
    return status


def signal_number(s):
    if s.isdigit():
        return int(s)
    if s.upper().startswith('SIG'):
        s = s[3:]
    return SIGNALS.get(s.upper(), -1)


def b_cd(sh, argv):
    target = argv[1] if len(argv) > 1 else sh.vars.get('HOME', '')
    try:
        os.chdir(target)
    except OSError:
        sh.err('cd: can\'t cd to ' + target)
        return 2
    sh.vars['PWD'] = os.getcwd()
    return 0


def b_pwd(sh, argv):
    os.write(1, (os.getcwd() + '\n').encode())
    return 0


def loop_count(sh, argv):
    if len(argv) < 2:
        return 1
    if not argv[1].isdigit() or int(argv[1]) == 0:
        sh.err(argv[0] + ': Illegal number: ' + argv[1])
        raise ExitShell(2)
    return int(argv[1])


def b_break(sh, argv):
    n = loop_count(sh, argv)
    if sh.loops:
        raise LoopControl(True, min(n, sh.loops))
    return 0


def b_continue(sh, argv):
    n = loop_count(sh, argv)
    if sh.loops:
        raise LoopControl(False, min(n, sh.loops))
    return 0


def b_shift(sh, argv):
    n = loop_count(sh, argv) if len(argv) > 1 else 1
    if n > len(sh.args):
        sh.err('shift: can\'t shift that many')
        raise ExitShell(2)
    sh.args = sh.args[n:]
    return 0


def b_set(sh, argv):
    """set -- ARGS and set ARGS replace the positional parameters; options
    (-e, -x, -u ...) are not modelled and are refused."""
    args = argv[1:]
    if args and args[0] == '--':
        args = args[1:]
    elif args and args[0][:1] in ('-', '+'):
        sh.err('set: ' + args[0] + ' is not supported by the simulated shell')
        return 2
    if len(argv) == 1:
        for k in sorted(sh.vars):
            os.write(1, (k + "='" + sh.vars[k] + "'\n").encode())
        return 0
    sh.args = args
    return 0


# test and [ (dash's src/bltin/test.c): the POSIX rules by argument count
# come out of this grammar: or := and (-o and)*; and := not (-a not)*;
# not := ! not | ( or ) | unary operand | operand binary operand | operand.

UNARY_TESTS = ('-e', '-f', '-d', '-s', '-r', '-w', '-x', '-n', '-z', '-L', '-h', '-p', '-b', '-c', '-t', '-S', '-g', '-u', '-k', '-O', '-G')
BINARY_TESTS = ('=', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef', '<', '>')


class TestParser:
    def __init__(self, sh, args):
        self.sh = sh
        self.args = args
        self.pos = 0

    def peek(self, k=0):
        j = self.pos + k
        return self.args[j] if j < len(self.args) else None

    def take(self):
        a = self.args[self.pos]
        self.pos += 1
        return a

    def or_expr(self):
        v = self.and_expr()
        while self.peek() == '-o':
            self.pos += 1
            w = self.and_expr()
            v = v or w
        return v

    def and_expr(self):
        v = self.not_expr()
        while self.peek() == '-a':
            self.pos += 1
            w = self.not_expr()
            v = v and w
        return v

    def not_expr(self):
        if self.peek() == '!' and self.peek(1) is not None:
            self.pos += 1
            return not self.not_expr()
        return self.primary()

    def primary(self):
        a = self.peek()
        if a is None:
            raise ShellError('argument expected', 2)
        if a == '(' and self.peek(2) == ')' or a == '(' and self.peek(1) is not None and self.peek(1) not in BINARY_TESTS:
            self.pos += 1
            v = self.or_expr()
            if self.peek() != ')':
                raise ShellError('closing paren expected', 2)
            self.pos += 1
            return v
        if self.peek(1) in BINARY_TESTS:
            left = self.take()
            op = self.take()
            if self.peek() is None:
                raise ShellError(op + ': argument expected', 2)
            return binary_test(self, left, op, self.take())
        if a in UNARY_TESTS and self.peek(1) is not None:
            self.pos += 1
            return unary_test(a, self.take())
        self.pos += 1
        return a != ''


def test_number(t, s):
    v = s.strip()
    body = v[1:] if v[:1] in ('-', '+') else v
    if not body.isdigit():
        raise ShellError('Illegal number: ' + s, 2)
    return int(v)


def binary_test(t, a, op, b):
    if op == '=':
        return a == b
    if op == '!=':
        return a != b
    if op == '<':
        return a < b
    if op == '>':
        return a > b
    if op in ('-nt', '-ot', '-ef'):
        raise ShellError(op + ': not supported by the simulated test', 2)
    x = test_number(t, a)
    y = test_number(t, b)
    return {'-eq': x == y, '-ne': x != y, '-lt': x < y, '-le': x <= y, '-gt': x > y, '-ge': x >= y}[op]


def unary_test(op, a):
    if op == '-n':
        return a != ''
    if op == '-z':
        return a == ''
    if op == '-e':
        return os.path.exists(a)
    if op == '-f':
        return os.path.isfile(a)
    if op == '-d':
        return os.path.isdir(a)
    if op == '-s':
        return os.path.isfile(a) and os.path.getsize(a) > 0
    if op in ('-r', '-w'):
        return os.path.exists(a)
    if op == '-x':
        return os.access(a, os.X_OK)
    if op == '-t':
        return False
    return False


def b_test(sh, argv):
    args = argv[1:]
    if argv[0] == '[':
        if not args or args[-1] != ']':
            sh.err('[: missing ]')
            return 2
        args = args[:-1]
    if not args:
        return 1
    t = TestParser(sh, args)
    try:
        v = t.or_expr()
        if t.pos < len(args):
            raise ShellError(args[t.pos] + ': unexpected operator', 2)
    except ShellError as e:
        sh.err(argv[0] + ': ' + e.msg)
        return 2
    return 0 if v else 1


def b_export(sh, argv):
    for a in argv[1:]:
        if '=' in a:
            k, v = a.split('=', 1)
            sh.vars[k] = v
    return 0


def b_unset(sh, argv):
    for a in argv[1:]:
        if a in sh.vars:
            del sh.vars[a]
    return 0


def b_exec(sh, argv):
    if len(argv) == 1:
        return 0
    sh.exec_command(argv[1:], [], {})


BUILTINS = {'exit': b_exit, 'true': b_true, 'false': b_false, ':': b_true, 'echo': b_echo,
            'wait': b_wait, 'kill': b_kill, 'printf': b_printf, 'cd': b_cd, 'export': b_export, 'unset': b_unset,
            'exec': b_exec, 'break': b_break, 'continue': b_continue, 'shift': b_shift, 'set': b_set, 'pwd': b_pwd,
            'test': b_test, '[': b_test}


def main(argv):
    name = argv[0] if argv else 'sh'
    if len(argv) >= 3 and argv[1] == '-c':
        sh = Shell(argv[3] if len(argv) > 3 else name, argv[4:])
        try:
            status = sh.run(argv[2])
        except ExitShell as e:
            status = e.status
        sys.exit(status)
    if len(argv) == 2 and argv[1] == '-c':
        os.write(2, (name + ': 0: -c requires an argument\n').encode())
        sys.exit(2)
    if len(argv) >= 2 and not argv[1].startswith('-'):
        sys.exit(run_script(argv[1], argv[2:]))
    # No command string: the script would come from stdin, which is empty.
    sys.exit(0)


def run_script(path, args):
    """sh FILE ARGS: the file's commands with $0 = FILE (dash's main,
    setinputfile); errors are reported as FILE: LINE: ..."""
    try:
        with open(path) as f:
            src = f.read()
    except OSError:
        os.write(2, ('sh: 0: cannot open ' + path + ': No such file\n').encode())
        return 2
    sh = Shell(path, args)
    try:
        return sh.run(src)
    except ExitShell as e:
        return e.status


main(sys.argv)
