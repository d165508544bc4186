# /bin/sh: a small dash (0.5.12, Debian 12's /bin/sh), enough for what
# programs pass to `sh -c`: simple commands with NAME=value prefixes and
# redirections (N>file, N>>file, N<file, N>&M, to files or /dev/null),
# pipelines (|, !), lists (;, &, &&, ||, newlines), $?, $$, $!, $#, $0..$9,
# $NAME and ${NAME} in words and double quotes, 'single quotes', and the
# builtins exit, echo, true, false, :, wait, kill, cd, export, exec and
# unset. Each external command is forked and exec'd through PATH (dash
# 0.5.12 does not exec the last command of -c in place: `sh -c 'sleep 1'`
# shows both sh and its sleep child). Waits use waitpid(-1) as dash's
# dowait does, so a finished background job is reaped by the next
# foreground wait. Errors read as dash's: "sh: 1: foo: not found" (127),
# "Permission denied" (126), "Syntax error" (2).
import os, sys

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
        elif c == '$':
            name, i = read_var(src, i)
            if name is None:
                segs.append(('lit', '$'))
            else:
                segs.append(('var', name))
        else:
            j = i
            while j < n and src[j] not in ' \t\n;&|()<>\'"\\$':
                j += 1
            segs.append(('lit', src[i:j]))
            i = j
    return segs, i


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


class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        if self.pos < len(self.toks):
            return self.toks[self.pos]
        return ('eof', None)

    def unexpected(self):
        kind, v = self.peek()
        what = 'end of file' if kind == 'eof' else ('newline' if v == '\n' else '"' + str(v) + '"')
        raise ShellError('Syntax error: ' + what + ' unexpected', 2)

    def parse_list(self):
        """[(andor, background)] up to the end."""
        items = []
        while True:
            while self.peek() == ('op', '\n') or self.peek() == ('op', ';') and not items and False:
                self.pos += 1
            if self.peek()[0] == 'eof':
                return items
            andor = self.parse_andor()
            kind, v = self.peek()
            bg = False
            if kind == 'op' and v in (';', '&', '\n'):
                bg = v == '&'
                self.pos += 1
            elif kind != 'eof':
                self.unexpected()
            items.append((andor, bg))

    def parse_andor(self):
        first = self.parse_pipeline()
        rest = []
        while self.peek()[0] == 'op' and self.peek()[1] in ('&&', '||'):
            op = self.peek()[1]
            self.pos += 1
            while self.peek() == ('op', '\n'):
                self.pos += 1
            rest.append((op, self.parse_pipeline()))
        return (first, rest)

    def parse_pipeline(self):
        negate = False
        kind, v = self.peek()
        if kind == 'word' and len(v) == 1 and v[0][0] == 'lit' and v[0][1] == '!':
            negate = True
            self.pos += 1
        cmds = [self.parse_command()]
        while self.peek() == ('op', '|'):
            self.pos += 1
            while self.peek() == ('op', '\n'):
                self.pos += 1
            cmds.append(self.parse_command())
        return (negate, cmds)

    def parse_command(self):
        words = []
        redirs = []
        while True:
            kind, v = self.peek()
            if kind == 'word':
                words.append(v)
                self.pos += 1
            elif kind == 'redir':
                self.pos += 1
                k2, target = self.peek()
                if k2 != 'word':
                    self.unexpected()
                self.pos += 1
                redirs.append((v[0], v[1], target))
            else:
                break
        if not words and not redirs:
            self.unexpected()
        return (words, redirs)


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
        out = []
        for segs in words:
            fields = []
            cur = None
            for kind, text in segs:
                if kind == 'lit' or kind == 'q':
                    cur = (cur or '') + text
                elif kind == 'qvar':
                    cur = (cur or '') + self.lookup(text)
                else:
                    parts = self.lookup(text).split()
                    for k, p in enumerate(parts):
                        if k > 0:
                            fields.append(cur)
                            cur = None
                        cur = (cur or '') + p
            if cur is not None:
                fields.append(cur)
            out.extend(fields)
        return out

    # --- running

    def run(self, src):
        try:
            items = Parser(tokenize(src)).parse_list()
        except ShellError as e:
            self.err(e.msg)
            return e.status
        for andor, bg in items:
            if bg:
                pid = os.fork()
                if pid == 0:
                    os._exit(self.run_andor_in_child(andor))
                self.jobs.append(pid)
                self.lastbg = pid
                self.status = 0
            else:
                self.status = self.run_andor(andor)
        return self.status

    def run_andor_in_child(self, andor):
        self.jobs = []
        try:
            return self.run_andor(andor)
        except ExitShell as e:
            return e.status

    def run_andor(self, andor):
        first, rest = andor
        status = self.run_pipeline(first)
        for op, pl in rest:
            self.status = status
            if (op == '&&') == (status == 0):
                status = self.run_pipeline(pl)
        return status

    def run_pipeline(self, pl):
        negate, cmds = pl
        if len(cmds) == 1:
            status = self.run_simple(cmds[0], False)
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
                    try:
                        st = self.run_simple(cmd, True)
                    except ExitShell as e:
                        st = e.status
                    os._exit(st)
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

    def run_simple(self, cmd, in_child):
        words, redirs = cmd
        argv = self.expand(words)
        assigns = {}
        while argv and '=' in argv[0] and argv[0][0] != '=' and is_name(argv[0].split('=', 1)[0]):
            k, v = argv[0].split('=', 1)
            assigns[k] = v
            argv = argv[1:]
        if not argv:
            for k in assigns:
                self.vars[k] = assigns[k]
            if redirs:
                saved = self.redirect(redirs, True)
                if saved is None:
                    return 2
                self.restore(saved)
            return 0
        builtin = BUILTINS.get(argv[0])
        if builtin is not None:
            saved = self.redirect(redirs, True)
            if saved is None:
                return 2
            try:
                return builtin(self, argv)
            finally:
                self.restore(saved)
        if in_child:
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
            except OSError:
                pass
        if denied:
            self.err(name + ': Permission denied')
            os._exit(126)
        self.err(name + ': not found')
        os._exit(127)

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


def dup_or_none(fd):
    try:
        return os.dup(fd)
    except OSError:
        return None


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
                e = fmt[i + 1]
                out += {'n': '\n', 't': '\t', '\\': '\\'}.get(e, '\\' + e)
                i += 2
            elif c == '%' and i + 1 < len(fmt):
                e = fmt[i + 1]
                i += 2
                if e == '%':
                    out += '%'
                    continue
                a = args[used] if used < len(args) else ''
                used += 1
                if e == 'd' or e == 'i':
                    out += str(int(a or '0'))
                else:
                    out += a
            else:
                out += c
                i += 1
        args = args[used:]
        if not args or not used:
            break
    os.write(1, out.encode())
    return 0


def b_wait(sh, argv):
    if len(argv) == 1:
        status = 0
        for pid in list(sh.jobs):
            status = sh.wait_for(pid)
        return status
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
    return 0


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
            'exec': b_exec}


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
    # No command string: the script would come from stdin, which is empty.
    sys.exit(0)


main(sys.argv)
