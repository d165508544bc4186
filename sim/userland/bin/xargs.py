# /usr/bin/xargs (GNU findutils 4.9): runs a command (echo by default) with
# the items read from stdin as arguments: items are separated by blanks
# and newlines, with '...', "..." and backslash quoting (-0: by NUL, -d C:
# by C, without quoting); -n N items a run, -L N lines a run, -I STR one
# run a line with STR replaced, -r no run for no input (else one run), -t
# each command on stderr first. Status: 0; 123 if a run exited 1-125; 124
# (and stop) if one exited 255; 125 if one was killed; 126 if the command
# cannot run, 127 if it is not found; 1 for bad usage.
import os, sys

USAGE_HINT = "Try 'xargs --help' for more information.\n"


def die(msg, code=1, hint=False):
    os.write(2, ('xargs: ' + msg + '\n' + (USAGE_HINT if hint else '')).encode())
    sys.exit(code)


argv = sys.argv[1:]
max_args = max_lines = 0
replace = None
no_empty = trace = False
sep = None  # None: blanks and quotes
i = 0
while i < len(argv):
    a = argv[i]
    if not a.startswith('-') or a == '-':
        break
    i += 1
    if a == '--':
        break
    if a.startswith('--'):
        name, eq, val = a[2:].partition('=')
        if name == 'no-run-if-empty':
            no_empty = True
        elif name == 'verbose':
            trace = True
        elif name == 'null':
            sep = '\0'
        elif name in ('max-args', 'max-lines', 'replace', 'delimiter') and (eq or i < len(argv)):
            if not eq:
                val = argv[i]
                i += 1
            a = '-' + {'max-args': 'n', 'max-lines': 'L', 'replace': 'I', 'delimiter': 'd'}[name] + val
        else:
            die("unrecognized option '" + a + "'", hint=True)
    k = 1
    while k < len(a):
        c = a[k]
        k += 1
        if c in 'nLIdsE':
            val = a[k:]
            if not val:
                if i >= len(argv):
                    die("option requires an argument -- '" + c + "'", hint=True)
                val = argv[i]
                i += 1
            if c in 'nL':
                if not val.isdigit():
                    die('invalid number "' + val + '" for -' + c + ' option', hint=True)
                if int(val) < 1:
                    die('value ' + val + ' for -' + c + ' option should be >= 1', hint=True)
                if c == 'n':
                    max_args = int(val)
                else:
                    max_lines = int(val)
            elif c == 'I':
                replace = val
            elif c == 'd':
                sep = val.encode().decode('unicode_escape') if val.startswith('\\') else val[0]
            break
        elif c == 'r':
            no_empty = True
        elif c == 't':
            trace = True
        elif c == '0':
            sep = '\0'
        elif c in 'xp':
            pass
        else:
            die("invalid option -- '" + c + "'", hint=True)
command = argv[i:] or ['echo']

data = b''
while True:
    chunk = os.read(0, 65536)
    if not chunk:
        break
    data += chunk
text = data.decode('utf-8', 'replace')

# Items, each with the number of the input line it ends (for -L and -I).
items = []
bad_quote = None
if replace is not None:
    for line in text.split('\n'):
        line = line.lstrip(' \t')
        if line:
            items.append([line])
elif sep is not None:
    parts = text.split(sep)
    if parts and parts[-1] == '':
        parts.pop()
    items = [[p] for p in parts]
else:
    line_items = []
    cur = None
    quote = None
    pos = 0
    while pos < len(text):
        ch = text[pos]
        pos += 1
        if quote:
            if ch == quote:
                quote = None
            elif ch == '\n':
                bad_quote = 'double' if quote == '"' else 'single'
                break
            else:
                cur += ch
            continue
        if ch in ' \t\n':
            if cur is not None:
                line_items.append(cur)
                cur = None
            if ch == '\n' and line_items and not (max_lines and text[pos - 2:pos - 1] in (' ', '\t')):
                items.append(line_items)
                line_items = []
            continue
        if cur is None:
            cur = ''
        if ch in '\'"':
            quote = ch
        elif ch == '\\' and pos < len(text):
            cur += text[pos]
            pos += 1
        else:
            cur += ch
    if quote and bad_quote is None:
        bad_quote = 'double' if quote == '"' else 'single'
    if bad_quote is None and cur is not None:
        line_items.append(cur)
    if line_items:
        items.append(line_items)

# Runs: lists of arguments.
runs = []
if replace is not None:
    for (line,) in items:
        runs.append([w.replace(replace, line) for w in command])
elif max_lines:
    for k in range(0, len(items), max_lines):
        runs.append(command + [w for group in items[k:k + max_lines] for w in group])
else:
    flat = [w for group in items for w in group]
    step = max_args or max(len(flat), 1)
    for k in range(0, len(flat), step):
        runs.append(command + flat[k:k + step])
if not runs and not no_empty and replace is None:
    runs.append(list(command))

status = 0
if bad_quote:
    os.write(2, ('xargs: unmatched ' + bad_quote + ' quote; by default quotes are special to xargs unless you use the -0 option\n').encode())
    status = 1
for args in runs:
    if trace:
        os.write(2, (' '.join(args) + '\n').encode())
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(args[0], args)
        except FileNotFoundError:
            os.write(2, ('xargs: ' + args[0] + ': No such file or directory\n').encode())
            os._exit(127)
        except OSError as e:
            os.write(2, ('xargs: ' + args[0] + ': ' + e.strerror + '\n').encode())
            os._exit(126)
    _, st = os.waitpid(pid, 0)
    if os.WIFSIGNALED(st):
        os.write(2, ('xargs: ' + args[0] + ': terminated by signal ' + str(os.WTERMSIG(st)) + '\n').encode())
        sys.exit(125)
    code = os.WEXITSTATUS(st)
    if code == 255:
        os.write(2, ('xargs: ' + args[0] + ': exited with status 255; aborting\n').encode())
        sys.exit(124)
    if code in (126, 127):
        sys.exit(code)
    if code and status == 0:
        status = 123
sys.exit(status)
