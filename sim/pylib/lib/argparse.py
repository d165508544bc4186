# argparse: ArgumentParser with positional and optional arguments, types,
# defaults, choices, nargs, the store/store_true/store_false/store_const/
# append/count/help/version actions, Namespace, usage and help text, and
# the "usage: ... error: ..." exit with status 2, condensed from CPython's
# Lib/argparse.py (3.8-3.14; 3.10 renamed the "optional arguments:"
# heading to "options:").
#
# Left out: subparsers, argument groups and mutually exclusive groups,
# prefix matching of long options (allow_abbrev), fromfile_prefix_chars,
# parse_known_args' intermixed forms, and the wrapping of a usage line
# longer than the terminal (help text is wrapped with textwrap).

import sys as _sys
import textwrap as _textwrap

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'


class Namespace(object):
    # argparse.Namespace: the parsed values as attributes.

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        # Sorted by name up to 3.8, in insertion order from 3.9.
        items = list(self.__dict__.items())
        if _sys.version_info < (3, 9):
            items.sort()
        return 'Namespace(%s)' % ', '.join('%s=%r' % (k, v) for k, v in items)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    # argparse.ArgumentError: a message about one argument.

    def __init__(self, argument, message):
        Exception.__init__(self, message)
        self.argument_name = argument.display() if argument is not None else None
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    # argparse.ArgumentTypeError: raised by a type= function.
    pass


class _Action(object):
    # argparse.Action: one argument's option strings, destination and
    # how it stores what it gets.

    def __init__(self, option_strings, dest, action, nargs, const, default, type, choices,
                 required, help, metavar):
        self.option_strings = option_strings
        self.dest = dest
        self.action = action
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def display(self):
        # How errors name the argument: '-x/--xx' or the metavar.
        if self.option_strings:
            return '/'.join(self.option_strings)
        if self.metavar is not None:
            return self.metavar
        return self.dest

    def takes_values(self):
        return self.action in ('store', 'append')


class ArgumentParser(object):
    # argparse.ArgumentParser.

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=None, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = _sys.argv[0].rsplit('/', 1)[-1] if _sys.argv and _sys.argv[0] else 'python'
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.argument_default = argument_default
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')

    def add_argument(self, *args, **kwargs):
        # ArgumentParser.add_argument: '-x'/'--xx' names an optional
        # argument, anything else a positional one.
        chars = '-'
        if not args or (len(args) == 1 and args[0][:1] not in chars):
            dest = args[0] if args else kwargs.get('dest')
            options = []
            required = kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE)
        else:
            options = list(args)
            for opt in options:
                if opt[:1] not in chars:
                    raise ValueError("invalid option string %r: must start with a character %r"
                                     % (opt, chars))
            dest = kwargs.get('dest')
            if dest is None:
                longs = [o for o in options if o.startswith('--')]
                dest = (longs[0] if longs else options[0]).lstrip('-').replace('-', '_')
            required = kwargs.get('required', False)
        action = kwargs.get('action', 'store')
        nargs = kwargs.get('nargs')
        const = kwargs.get('const')
        default = kwargs.get('default', self.argument_default)
        if action == 'store_true':
            nargs, const, default = 0, True, kwargs.get('default', False)
        elif action == 'store_false':
            nargs, const, default = 0, False, kwargs.get('default', True)
        elif action in ('store_const', 'append_const', 'count', 'help', 'version'):
            nargs = 0
        a = _Action(options, dest, action, nargs, const, default, kwargs.get('type'),
                    kwargs.get('choices'), required, kwargs.get('help'), kwargs.get('metavar'))
        a.version = kwargs.get('version')
        if dest in self._defaults:
            a.default = self._defaults[dest]
        for other in self._actions:
            for opt in options:
                if opt in other.option_strings:
                    raise ArgumentError(a, 'conflicting option string: %s' % opt)
        self._actions.append(a)
        return a

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for a in self._actions:
            if a.dest in kwargs:
                a.default = kwargs[a.dest]

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest)

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        # ArgumentParser.parse_known_args: defaults first, then the
        # command line; errors exit through self.error.
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for a in self._actions:
            if a.dest is not SUPPRESS and not hasattr(namespace, a.dest) and a.default is not SUPPRESS:
                setattr(namespace, a.dest, a.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        try:
            extras, seen = self._parse(args, namespace)
            # A string default not overridden goes through type= too.
            for a in self._actions:
                if a not in seen and isinstance(a.default, str) and a.type is not None and \
                        getattr(namespace, a.dest, None) is a.default:
                    setattr(namespace, a.dest, self._convert(a, a.default))
        except ArgumentError as err:
            self.error(str(err))
        return namespace, extras

    def _parse(self, args, namespace):
        # _parse_known_args: options anywhere ('--x=v', '--x v', '-xv');
        # before each option, the positional strings seen since the last
        # one are matched against as many of the remaining positional
        # arguments as can take them (so a nargs='?' argument is used up
        # early, as in CPython); '--' ends the options.
        positionals = [a for a in self._actions if not a.option_strings]
        chunk = []
        extras = []
        seen = []
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == '--':
                chunk.extend(args[i + 1:])
                break
            if arg[:1] != '-' or arg == '-' or _is_negative_number(arg):
                chunk.append(arg)
                i += 1
                continue
            if chunk:
                self._consume_positionals(positionals, chunk, namespace, extras, seen)
                chunk = []
            name, eq, explicit = arg.partition('=')
            action = self._find_option(name)
            if action is None and not arg.startswith('--') and len(arg) > 2:
                action = self._find_option(arg[:2])
                if action is not None and action.nargs == 0:
                    # '-qv': a flag, then the rest as flags again.
                    seen.append(action)
                    self._apply(action, None, namespace)
                    args[i] = '-' + arg[2:]
                    continue
                if action is not None:
                    name, explicit, eq = arg[:2], arg[2:], '='
            if action is None:
                extras.append(arg)
                i += 1
                continue
            seen.append(action)
            i = self._take_option(action, name, explicit if eq else None, args, i + 1, namespace)
        self._consume_positionals(positionals, chunk, namespace, extras, seen)
        missing = [a for a in self._actions if a.required and a not in seen]
        if missing:
            names = ', '.join(_required_name(a) for a in missing)
            raise ArgumentError(None, 'the following arguments are required: %s' % names)
        return extras, seen

    def _find_option(self, name):
        for a in self._actions:
            if name in a.option_strings:
                return a
        return None

    def _take_option(self, action, name, explicit, args, i, namespace):
        # Runs one optional argument; returns the index after its values.
        if action.nargs == 0:
            if explicit is not None:
                raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
            self._apply(action, None, namespace)
            return i
        values = []
        if explicit is not None:
            values.append(explicit)
        else:
            while i < len(args) and (args[i][:1] != '-' or _is_negative_number(args[i]) or args[i] == '-'):
                values.append(args[i])
                i += 1
                if action.nargs in (None, OPTIONAL) and values:
                    break
                if isinstance(action.nargs, int) and len(values) == action.nargs:
                    break
        self._check_count(action, values)
        self._apply(action, self._values(action, values), namespace)
        return i

    def _check_count(self, action, values):
        # _match_argument's messages.
        nargs = action.nargs
        if nargs is None and len(values) != 1:
            raise ArgumentError(action, 'expected one argument')
        if nargs == ONE_OR_MORE and not values:
            raise ArgumentError(action, 'expected at least one argument')
        if isinstance(nargs, int) and nargs > 0 and len(values) != nargs:
            raise ArgumentError(action, 'expected %d argument%s' % (nargs, '' if nargs == 1 else 's'))

    def _values(self, action, values):
        # Converted values: one for nargs None/'?', a list otherwise.
        if action.nargs == OPTIONAL and not values:
            return action.const
        converted = [self._convert(action, v) for v in values]
        if action.nargs in (None, OPTIONAL):
            return converted[0]
        return converted

    def _convert(self, action, text):
        # type= conversion and choices, with CPython's messages.
        value = text
        if action.type is not None:
            try:
                value = action.type(text)
            except ArgumentTypeError as err:
                raise ArgumentError(action, str(err))
            except (TypeError, ValueError):
                name = getattr(action.type, '__name__', repr(action.type))
                raise ArgumentError(action, 'invalid %s value: %r' % (name, text))
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(repr(c) for c in action.choices)
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))
        return value

    def _apply(self, action, value, namespace):
        # The action's effect on the namespace.
        kind = action.action
        if kind == 'help':
            self.print_help()
            self.exit()
        if kind == 'version':
            _sys.stdout.write(action.version + '\n')
            self.exit()
        if kind in ('store_true', 'store_false', 'store_const'):
            setattr(namespace, action.dest, action.const)
        elif kind == 'count':
            setattr(namespace, action.dest, (getattr(namespace, action.dest, None) or 0) + 1)
        elif kind == 'append':
            items = list(getattr(namespace, action.dest, None) or [])
            items.append(value)
            setattr(namespace, action.dest, items)
        elif kind == 'append_const':
            items = list(getattr(namespace, action.dest, None) or [])
            items.append(action.const)
            setattr(namespace, action.dest, items)
        else:
            setattr(namespace, action.dest, value)

    def _consume_positionals(self, positionals, strings, namespace, extras, seen):
        # consume_positionals with _match_arguments_partial: the longest
        # run of the remaining positionals that can share strings (each
        # greedy, leaving the later ones their minimum) takes them and is
        # used up; strings left over are extras.
        counts = []
        for k in range(len(positionals), 0, -1):
            counts = _greedy_counts(positionals[:k], len(strings))
            if counts is not None:
                break
        counts = counts or []
        i = 0
        for action, count in zip(positionals, counts):
            values = strings[i:i + count]
            i += count
            seen.append(action)
            if action.nargs == OPTIONAL and not values:
                value = action.default
                if isinstance(value, str) and action.type is not None:
                    value = self._convert(action, value)
            elif action.nargs == ZERO_OR_MORE and not values:
                value = action.default if action.default is not None else []
            else:
                value = self._values(action, values)
            setattr(namespace, action.dest, value)
        del positionals[:len(counts)]
        extras.extend(strings[i:])

    def format_usage(self):
        return 'usage: %s\n' % self._usage_text()

    def _usage_text(self):
        # HelpFormatter._format_usage: one line, or when too long the
        # optionals and then the positionals wrapped under the program
        # name.
        if self.usage is not None:
            return self.usage.replace('%(prog)s', self.prog)
        opt_parts = []
        for a in self._actions:
            if a.option_strings and a.help is not SUPPRESS:
                part = a.option_strings[0] + _args_text(a)
                opt_parts.append(part if a.required else '[%s]' % part)
        pos_parts = [_positional_usage(a) for a in self._actions
                     if not a.option_strings and a.help is not SUPPRESS]
        usage = ' '.join([self.prog] + opt_parts + pos_parts)
        text_width = 78
        prefix = 'usage: '
        if len(prefix) + len(usage) <= text_width:
            return usage
        if len(prefix) + len(self.prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(self.prog) + 1)
            if opt_parts:
                lines = _usage_lines([self.prog] + opt_parts, indent, text_width, prefix)
                lines.extend(_usage_lines(pos_parts, indent, text_width))
            elif pos_parts:
                lines = _usage_lines([self.prog] + pos_parts, indent, text_width, prefix)
            else:
                lines = [self.prog]
        else:
            indent = ' ' * len(prefix)
            lines = _usage_lines(opt_parts + pos_parts, indent, text_width)
            lines = [self.prog] + lines
        return '\n'.join(lines)

    def format_help(self):
        # HelpFormatter's layout: usage, description, the two sections
        # with help text aligned at a column of at most 24.
        width = 78
        out = [self.format_usage()]
        if self.description:
            out.append('\n' + _textwrap.fill(self.description, width) + '\n')
        positionals = [a for a in self._actions if not a.option_strings and a.help is not SUPPRESS]
        optionals = [a for a in self._actions if a.option_strings and a.help is not SUPPRESS]
        invocations = [_invocation(a) for a in positionals + optionals]
        longest = max([len(s) + 2 for s in invocations] + [0])
        help_position = min(longest + 2, 24)
        heading = 'options:' if _sys.version_info >= (3, 10) else 'optional arguments:'
        for title, actions in (('positional arguments:', positionals), (heading, optionals)):
            if not actions:
                continue
            out.append('\n' + title + '\n')
            for a in actions:
                out.append(_help_entry(a, help_position, width))
        if self.epilog:
            out.append('\n' + _textwrap.fill(self.epilog, width) + '\n')
        return ''.join(out)

    def print_usage(self, file=None):
        (file or _sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or _sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        # ArgumentParser.error: usage and the message on stderr, status 2.
        if not self.exit_on_error and _sys.version_info >= (3, 9):
            raise ArgumentError(None, message)
        _sys.stderr.write(self.format_usage())
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


def _usage_lines(parts, indent, text_width, prefix=None):
    # The get_lines helper of _format_usage: parts filled into lines of
    # text_width, the first one after the prefix.
    lines = []
    line = []
    line_len = len(prefix) - 1 if prefix is not None else len(indent) - 1
    for part in parts:
        if line_len + 1 + len(part) > text_width and line:
            lines.append(indent + ' '.join(line))
            line = []
            line_len = len(indent) - 1
        line.append(part)
        line_len += len(part) + 1
    if line:
        lines.append(indent + ' '.join(line))
    if prefix is not None:
        lines[0] = lines[0][len(indent):]
    return lines


def _is_negative_number(arg):
    try:
        float(arg)
        return arg.startswith('-')
    except ValueError:
        return False


def _greedy_counts(actions, n):
    # How many of n strings each action takes when their nargs patterns
    # are matched in turn against a prefix, greedily; None if they cannot.
    counts = []
    left = n
    for k, action in enumerate(actions):
        need_after = sum(_min_count(a) for a in actions[k + 1:])
        nargs = action.nargs
        most = left - need_after
        if nargs is None:
            lo, hi = 1, 1
        elif nargs == OPTIONAL:
            lo, hi = 0, 1
        elif nargs == ZERO_OR_MORE:
            lo, hi = 0, most
        elif nargs == ONE_OR_MORE:
            lo, hi = 1, most
        else:
            lo, hi = nargs, nargs
        take = min(hi, most)
        if take < lo:
            return None
        counts.append(take)
        left -= take
    return counts


def _min_count(action):
    nargs = action.nargs
    if nargs is None or nargs == ONE_OR_MORE:
        return 1
    if isinstance(nargs, int):
        return nargs
    return 0


def _metavar(action):
    if action.metavar is not None:
        return action.metavar
    if action.choices is not None:
        return '{%s}' % ','.join(str(c) for c in action.choices)
    if action.option_strings:
        return action.dest.upper()
    return action.dest


def _args_text(action):
    # ' X', ' [X]', ' [X ...]', ' X [X ...]' for an option's values.
    if action.nargs == 0:
        return ''
    return ' ' + _nargs_text(action, _metavar(action))


def _nargs_text(action, m):
    nargs = action.nargs
    if nargs is None:
        return m
    if nargs == OPTIONAL:
        return '[%s]' % m
    if nargs == ZERO_OR_MORE:
        # 3.9 shortened '[X [X ...]]' (bpo-38438).
        if _sys.version_info < (3, 9) and not action.option_strings:
            return '[%s [%s ...]]' % (m, m)
        return '[%s ...]' % m
    if nargs == ONE_OR_MORE:
        return '%s [%s ...]' % (m, m)
    return ' '.join([m] * nargs)


def _positional_usage(action):
    return _nargs_text(action, _metavar(action))


def _required_name(action):
    if action.option_strings:
        return '/'.join(action.option_strings)
    return _metavar(action)


def _invocation(action):
    # '-w WORKERS, --workers WORKERS' or the positional's metavar.
    if not action.option_strings:
        return _metavar(action)
    if action.nargs == 0:
        return ', '.join(action.option_strings)
    args = _nargs_text(action, _metavar(action))
    if _sys.version_info >= (3, 13):
        # 3.13 names the value once: '-w, --workers WORKERS'.
        return ', '.join(action.option_strings) + ' ' + args
    return ', '.join('%s %s' % (opt, args) for opt in action.option_strings)


def _help_entry(action, help_position, width):
    # One action's lines: the invocation at column 2, the help at
    # help_position (on the next line when the invocation is too long).
    inv = _invocation(action)
    text = action.help
    if text is None:
        return '  ' + inv + '\n'
    text = text.replace('%(default)s', str(action.default)).replace('%(prog)s', '')
    lines = _textwrap.wrap(text, max(width - help_position, 11))
    if len(inv) + 2 <= help_position - 2:
        first = '  ' + inv.ljust(help_position - 2) + lines[0] + '\n'
    else:
        first = '  ' + inv + '\n' + ' ' * help_position + lines[0] + '\n'
    rest = ''.join(' ' * help_position + line + '\n' for line in lines[1:])
    return first + rest
