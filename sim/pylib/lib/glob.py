# glob: path names matching shell wildcards, condensed from CPython's
# Lib/glob.py (3.8-3.13): glob, iglob (a generator), escape and has_magic,
# with recursive=True for ** and, from 3.10 and 3.11, root_dir and
# include_hidden. Names starting with a dot match only a pattern that
# starts with one, unless include_hidden. Results come in the order the
# directory lists its names (sort them to compare runs). The simulated
# file system has no symbolic links, so exists stands for lexists; dir_fd
# is left out, as are bytes patterns.

import fnmatch
import os
import re
import sys

__all__ = ["glob", "iglob", "escape"]

_v = sys.version_info[:2]


def glob(pathname, *, recursive=False, **options):
    _options(options, 'glob')
    return list(iglob(pathname, recursive=recursive, **options))


def iglob(pathname, *, recursive=False, **options):
    root_dir, include_hidden = _options(options, 'iglob')
    if root_dir is not None and not isinstance(root_dir, str):
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(root_dir).__name__)
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        try:
            s = next(it)  # the empty name ** yields first
            if s:
                it = _chain(s, it)
        except StopIteration:
            pass
    return it


def _options(options, fname):
    # The keyword-only parameters each version has, after recursive.
    allowed = ['root_dir', 'dir_fd'] if _v >= (3, 10) else []
    if _v >= (3, 11):
        allowed.append('include_hidden')
    for name in options:
        if name not in allowed:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (fname, name))
    if options.get('dir_fd') is not None:
        raise NotImplementedError("glob's dir_fd is not supported by the simulator")
    return options.get('root_dir'), options.get('include_hidden', False)


def _chain(first, rest):
    yield first
    yield from rest


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            # A pattern ending with a slash matches directories only.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        glob_in_dir = _glob2 if recursive and _isrecursive(basename) else _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _exists(os.path.join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    # ** : the directory itself (the empty name), then everything below it.
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = os.path.join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield os.path.join(x, y)


def _listdir(dirname, dironly):
    # CPython reads the directory with scandir; a directory that cannot be
    # read gives no names.
    where = dirname or os.curdir
    try:
        names = os.listdir(where)
    except OSError:
        return []
    if dironly:
        names = [x for x in names if _isdir(os.path.join(where, x))]
    return names


def _exists(path):
    return os.path.exists(path)


def _isdir(path):
    return os.path.isdir(path)


def _join(dirname, basename):
    # Like os.path.join, but an empty part is left out.
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


_magic = re.compile('([*?[])')


def has_magic(s):
    return _magic.search(s) is not None


def _ishidden(path):
    return path[0] == '.'


def _isrecursive(pattern):
    return pattern == '**'


def escape(pathname):
    # Each magic character inside brackets: [*], [?], [[].
    return _magic.sub(r'[\1]', pathname)
