# shutil: rmtree, copyfile, copy, copymode, move and which, condensed from
# CPython's Lib/shutil.py (3.8-3.13) over the simulated file system (no
# symbolic links there, so rmtree's symlink checks have nothing to find).
# Left out: copytree, the archive functions, disk_usage, chown,
# get_terminal_size and copying metadata beyond the permission bits.

import os
import sys

__all__ = ["copyfile", "copymode", "copy", "move", "rmtree", "which", "Error", "SameFileError"]


class Error(OSError):
    # shutil.Error: what move and copytree raise.
    pass


class SameFileError(Error):
    # copyfile of a file onto itself.
    pass


def _rmtree_inner(path, onexc):
    try:
        names = os.listdir(path)
    except OSError as err:
        onexc(os.listdir, path, err)
        names = []
    for name in names:
        fullname = os.path.join(path, name)
        if os.path.isdir(fullname):
            _rmtree_inner(fullname, onexc)
        else:
            try:
                os.unlink(fullname)
            except OSError as err:
                onexc(os.unlink, fullname, err)
    try:
        os.rmdir(path)
    except OSError as err:
        onexc(os.rmdir, path, err)


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    # Removes path and everything below it; errors go to onexc(function,
    # path, exception) (3.12), else onerror(function, path, exc_info),
    # else are raised, unless ignore_errors.
    if ignore_errors:
        def handler(func, p, err):
            pass
    elif onexc is not None:
        handler = onexc
    elif onerror is not None:
        def handler(func, p, err):
            onerror(func, p, (type(err), err, err.__traceback__))
    else:
        def handler(func, p, err):
            raise err
    if not os.path.isdir(path) and os.path.exists(path):
        err = NotADirectoryError(20, 'Not a directory', path)
        handler(os.open if sys.version_info >= (3, 12) else os.lstat, path, err)
        return
    _rmtree_inner(path, handler)


def copyfile(src, dst, *, follow_symlinks=True):
    if os.path.abspath(src) == os.path.abspath(dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        data = fsrc.read()
    with open(dst, 'wb') as fdst:
        fdst.write(data)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    # The permission bits, which os.access sees: read and write for root
    # always, execute when a bit says so.
    mode = 0o644
    if os.access(src, os.X_OK):
        mode = 0o755
    os.chmod(dst, mode)


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def move(src, dst, copy_function=copy):
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    os.rename(src, real_dst)
    return real_dst


def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    # The first file named cmd in PATH (or path) with mode's access; a
    # name with a slash is checked as it is.
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for dir in path.split(os.pathsep):
        normdir = dir  # posixpath.normcase leaves a path as it is
        if normdir not in seen:
            seen.add(normdir)
            name = os.path.join(dir, cmd)
            if _access_check(name, mode):
                return name
    return None
