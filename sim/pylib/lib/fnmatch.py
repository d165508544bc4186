# fnmatch: shell-style wildcards (* ? [seq] [!seq]) matched against names,
# condensed from CPython's Lib/fnmatch.py (3.8-3.13). On Linux normcase is
# the identity, so fnmatch and fnmatchcase agree. A pattern becomes a
# regular expression for the simulator's re, remembered per pattern as
# CPython's lru_cache does. Left out: translate (its text differs from one
# version to the next) and bytes patterns.

import re
import sys as _sys

__all__ = ["filter", "fnmatch", "fnmatchcase"]

_compiled = {}


def fnmatch(name, pat):
    # os.path.normcase(name), normcase(pat): nothing to do on Linux.
    return fnmatchcase(_path(name), _path(pat))


def filter(names, pat):
    match = _compile(_path(pat))
    return [name for name in names if match(_path(name)) is not None]


def _path(x):
    # os.fspath for the str names the simulator's files have.
    if isinstance(x, str):
        return x
    raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(x).__name__)


def fnmatchcase(name, pat):
    return _compile(pat)(name) is not None


def _compile(pat):
    if not isinstance(pat, str):
        raise TypeError("the simulator's fnmatch takes str patterns only")
    match = _compiled.get(pat)
    if match is None:
        if len(_compiled) >= 32768:
            _compiled.clear()
        match = re.compile(_to_regex(pat)).match
        _compiled[pat] = match
    return match


def _to_regex(pat):
    # The pattern as a regular expression that must match the whole name:
    # * any run, ? one character, [...] a set (! negates it, a range
    # written backwards matches nothing), a [ with no ] itself.
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            out.append(_set(pat[i:j]))
            i = j + 1
        else:
            out.append(re.escape(c))
    return '(?s:' + ''.join(out) + ')\\Z'


def _set(stuff):
    # The body of [...] as a regular-expression set.
    negate = stuff.startswith('!')
    if negate:
        stuff = stuff[1:]
    # Split at the hyphens that make ranges, dropping ranges written
    # backwards (z-a), then escape what re would read specially.
    parts = []
    k = 0
    while k < len(stuff):
        if k + 2 < len(stuff) and stuff[k + 1] == '-':
            lo, hi = stuff[k], stuff[k + 2]
            if lo <= hi or _sys.version_info < (3, 10):
                # 3.8 and 3.9 leave a backward range to re, which refuses it.
                parts.append(_esc(lo) + '-' + _esc(hi))
            k += 3
        else:
            parts.append(_esc(stuff[k]))
            k += 1
    body = ''.join(parts)
    if not body:
        # Every range was empty: [z-a] matches nothing, [!z-a] any one.
        return '.' if negate else '(?!)'
    return '[' + ('^' if negate else '') + body + ']'


def _esc(ch):
    if ch in '\\^-[]&~|':
        return '\\' + ch
    return ch
