# pprint: pprint, pformat, pp and PrettyPrinter for dicts, lists, tuples,
# sets and strings, condensed from CPython's Lib/pprint.py (3.8-3.14): an
# object whose repr fits in the width is printed as its repr (dicts with
# sorted keys); a wider one is broken one item per line, nested items
# indented under their opening bracket; dict subclasses that keep dict's
# repr as dicts, and the layouts of OrderedDict, defaultdict and Counter.
# Left out: compact=, depth=, underscore_numbers=, the special layouts of
# bytes, deque and dataclasses (they print as their repr), and isrecursive.

import sys as _sys
import collections as _collections


class _SafeKey(object):
    # pprint._safe_key: orders keys of mixed types by type name when they
    # do not compare.

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(t):
    return _SafeKey(t[0]), _SafeKey(t[1])


class PrettyPrinter(object):
    # pprint.PrettyPrinter.

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if width < 0:
            raise ValueError('width must be != 0')
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._sort_dicts = sort_dicts

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        stream.write(self.pformat(object) + '\n')

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return ''.join(out)

    def _items(self, d):
        items = list(d.items())
        if self._sort_dicts:
            items = sorted(items, key=_safe_tuple)
        return items

    def _repr(self, obj, context):
        # pprint._safe_repr: the repr with dict keys sorted, recursion as
        # <Recursion on list with id=...>.
        kind = type(obj)
        plain_dict = _is_plain_dict(kind)
        if plain_dict or kind in (list, tuple):
            if id(obj) in context:
                return '<Recursion on %s with id=%s>' % (kind.__name__, id(obj))
            context[id(obj)] = 1
            if plain_dict:
                body = ', '.join('%s: %s' % (self._repr(k, context), self._repr(v, context))
                                 for k, v in self._items(obj))
                text = '{' + body + '}'
            elif kind is list:
                text = '[' + ', '.join(self._repr(v, context) for v in obj) + ']'
            elif len(obj) == 1:
                text = '(' + self._repr(obj[0], context) + ',)'
            else:
                text = '(' + ', '.join(self._repr(v, context) for v in obj) + ')'
            del context[id(obj)]
            return text
        return repr(obj)

    def _format(self, obj, out, indent, allowance, context, level):
        # PrettyPrinter._format: the repr if it fits, else the type's
        # layout.
        if id(obj) in context:
            out.append('<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj)))
            return
        rep = self._repr(obj, {})
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            kind = type(obj)
            layout = None
            if _is_plain_dict(kind):
                layout = self._pprint_dict
            elif issubclass(kind, dict) and kind.__repr__ is _collections.OrderedDict.__repr__:
                layout = self._pprint_ordered_dict
            elif issubclass(kind, dict) and kind.__repr__ is _collections.defaultdict.__repr__:
                layout = self._pprint_default_dict
            elif issubclass(kind, dict) and kind.__repr__ is _collections.Counter.__repr__:
                layout = self._pprint_counter
            elif kind is list:
                layout = self._pprint_list
            elif kind is tuple:
                layout = self._pprint_tuple
            elif kind in (set, frozenset):
                layout = self._pprint_set
            elif kind is str:
                layout = self._pprint_str
            if layout is not None:
                context[id(obj)] = 1
                layout(obj, out, indent, allowance, context, level + 1)
                del context[id(obj)]
                return
        out.append(rep)

    def _pprint_dict(self, obj, out, indent, allowance, context, level):
        out.append('{')
        if self._indent_per_level > 1:
            out.append(' ' * (self._indent_per_level - 1))
        if obj:
            self._format_dict_items(self._items(obj), out, indent, allowance + 1, context, level)
        out.append('}')

    def _format_dict_items(self, items, out, indent, allowance, context, level):
        # One key: value per line, the value indented after its key.
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            rep = self._repr(key, {})
            out.append(rep + ': ')
            self._format(value, out, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                out.append(delimnl)

    def _pprint_ordered_dict(self, obj, out, indent, allowance, context, level):
        # OrderedDict([(key, value), ...]) in every version (its repr is a
        # dict display from 3.12, its pprint layout is not).
        if not obj:
            out.append(repr(obj))
            return
        name = obj.__class__.__name__
        out.append(name + '(')
        self._format(list(obj.items()), out, indent + len(name) + 1, allowance + 1, context, level)
        out.append(')')

    def _pprint_default_dict(self, obj, out, indent, allowance, context, level):
        # defaultdict(factory,\n<the dict's layout>).
        if not obj:
            out.append(repr(obj))
            return
        factory = self._repr(obj.default_factory, {})
        name = obj.__class__.__name__
        indent += len(name) + 1
        out.append('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(obj, out, indent, allowance + 1, context, level)
        out.append(')')

    def _pprint_counter(self, obj, out, indent, allowance, context, level):
        # Counter({...}) in most_common order.
        if not obj:
            out.append(repr(obj))
            return
        name = obj.__class__.__name__
        out.append(name + '({')
        if self._indent_per_level > 1:
            out.append(' ' * (self._indent_per_level - 1))
        self._format_dict_items(obj.most_common(), out, indent + len(name) + 1, allowance + 2, context, level)
        out.append('})')

    def _pprint_list(self, obj, out, indent, allowance, context, level):
        out.append('[')
        self._format_items(obj, out, indent, allowance + 1, context, level)
        out.append(']')

    def _pprint_tuple(self, obj, out, indent, allowance, context, level):
        out.append('(')
        endchar = ',)' if len(obj) == 1 else ')'
        self._format_items(obj, out, indent, allowance + len(endchar), context, level)
        out.append(endchar)

    def _pprint_set(self, obj, out, indent, allowance, context, level):
        # Sets print sorted; a frozenset inside 'frozenset({...})'.
        if not obj:
            out.append(repr(obj))
            return
        if type(obj) is set:
            out.append('{')
            endchar = '}'
        else:
            out.append('frozenset({')
            endchar = '})'
            indent += len('frozenset(')
        items = sorted(obj, key=_SafeKey)
        self._format_items(items, out, indent, allowance + len(endchar), context, level)
        out.append(endchar)

    def _format_items(self, items, out, indent, allowance, context, level):
        # PrettyPrinter._format_items (compact=False): one item per line.
        if self._indent_per_level > 1:
            out.append(' ' * (self._indent_per_level - 1))
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if i:
                out.append(delimnl)
            self._format(item, out, indent, allowance if last else 1, context, level)

    def _pprint_str(self, obj, out, indent, allowance, context, level):
        # PrettyPrinter._pprint_str: a long string split after whitespace
        # into adjacent literals, parenthesised at the top level.
        chunks = []
        lines = _splitlines_keepends(obj)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            parts = _words(line)
            max_width2 = max_width
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            out.append(rep)
            return
        if level == 1:
            out.append('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                out.append('\n' + ' ' * indent)
            out.append(rep)
        if level == 1:
            out.append(')')


def _is_plain_dict(kind):
    # A dict, or a subclass that keeps dict's repr (pprint's dispatch is by
    # type(obj).__repr__).
    return kind is dict or issubclass(kind, dict) and kind.__repr__ is dict.__repr__


def _words(line):
    # re.findall(r'\S*\s*', line) without its final empty match.
    parts = []
    i = 0
    while i < len(line):
        j = i
        while j < len(line) and not line[j].isspace():
            j += 1
        while j < len(line) and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _splitlines_keepends(text):
    import _text
    return _text.splitlines_keepends(text)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts).pformat(object)


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts).pprint(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    # pprint.pp (3.8): dicts in insertion order.
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._repr(object, {})
