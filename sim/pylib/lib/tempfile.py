# tempfile: temporary files and directories, condensed from CPython's
# Lib/tempfile.py (3.8-3.13): gettempdir (TMPDIR, TEMP, TMP, then /tmp,
# /var/tmp, /usr/tmp, the working directory, the first one a file can be
# made in), mkstemp (O_EXCL, mode 0600, up to TMP_MAX names), mkdtemp
# (mode 0700), mktemp, NamedTemporaryFile, TemporaryFile and
# TemporaryDirectory. Names are eight characters of
# "abcdefghijklmnopqrstuvwxyz0123456789_" from a random generator that a
# forked child re-seeds, as CPython's does.
#
# The simulated file objects reach their file by path, so NamedTemporaryFile
# opens the file mkstemp made by its name (CPython opens its descriptor;
# file.name is then the path, not a number), and TemporaryFile is such a
# file removed when it is closed (Linux's CPython makes an unnamed O_TMPFILE
# file: this one can be seen in its directory while it is open). Left out:
# SpooledTemporaryFile, the bytes variants (gettempdirb, bytes prefixes).

import os as _os
import sys as _sys
import errno as _errno
from random import Random as _Random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "mkstemp", "mkdtemp", "mktemp",
           "TMP_MAX", "gettempprefix", "tempdir", "gettempdir", "TemporaryDirectory"]

TMP_MAX = 238328  # os.TMP_MAX on Linux
template = "tmp"
tempdir = None

_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
_bin_openflags = _text_openflags


class _RandomNameSequence:
    # An endless supply of eight-character names; a forked child gets a
    # generator of its own (CPython re-seeds when the pid changes).

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._pid = None
        self._rng_ = None

    @property
    def rng(self):
        pid = _os.getpid()
        if pid != self._pid:
            self._rng_ = _Random()
            self._pid = pid
        return self._rng_

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choice(self.characters) for _ in range(8))


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    # The first candidate a file can be made (and written) in.
    namer = _get_candidate_names()
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for seq in range(100):
            name = next(namer)
            filename = _os.path.join(dir, name)
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
                _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except PermissionError:
                break
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT, "No usable temporary directory found in %s" % _candidate_tempdir_list())


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def _sanitize_params(prefix, suffix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir


def _mkstemp_inner(dir, pre, suf, flags):
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, pre + name + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags)


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        if _sys.version_info >= (3, 12):
            return _os.path.abspath(file)
        return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.exists(file):
            return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    # The file and its name; the file goes at close() when delete is true.
    # Other attributes are the file's.

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None, delete_on_close=True):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags)
    _os.close(fd)
    try:
        file = open(name, mode, buffering=buffering, newline=newline, encoding=encoding)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete and (delete_on_close or _sys.version_info < (3, 12)))


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir)


class TemporaryDirectory:
    # A directory made by mkdtemp and removed with everything in it by
    # cleanup() or at the end of a with block.

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        import shutil
        if _os.path.exists(self.name) or not self._ignore_cleanup_errors:
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
