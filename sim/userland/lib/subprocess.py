"""subprocess, condensed from CPython's Lib/subprocess.py (3.8-3.13, POSIX
half): Popen with its module-level _active list and _cleanup(), poll,
wait(timeout), communicate(input, timeout), send_signal/terminate/kill,
the context manager, run, call, check_call, check_output, getoutput,
getstatusoutput, CompletedProcess, CalledProcessError and TimeoutExpired.

What differs from CPython, and why:
- The child is made by os._fork_exec, which stands for
  _posixsubprocess.fork_exec (C): dup2 of the standard fds, setsid for
  start_new_session, exec, and a failed exec's errno raised at once (the
  real child that reports it and is reaped is not made). cwd and pass_fds
  are applied around that atomic call (_fork_exec_in); with a preexec_fn
  the child is an os.fork() child that runs child_exec in Python
  (_child_exec) and reports on an error pipe as CPython's does. close_fds
  is always in effect (every fd Python makes is close-on-exec; an fd made
  inheritable by the program survives, where CPython closes it unless it
  is in pass_fds); user/group/umask and restore_signals are accepted and
  ignored; env reaches execve as the new program's os.environ.
- Popen.__del__ is CPython's, but the simulator's VM has no reference
  counting: every Popen with a child is listed in _zl_tracked (not in
  CPython), and at each line boundary the simulator runs __del__ for those
  that nothing else reaches any more (pyvm Interp.RunFinalizers). So a
  Popen dropped while its child runs joins _active and is reaped by the
  next Popen's _cleanup(), as in CPython; the difference is when: at the
  end of the statement that dropped it rather than at the very moment
  (and a Popen in a reference cycle is finalized at once, where CPython
  waits for the cyclic garbage collector).
- File objects over the pipes are _PipeFile (read, readline, readlines,
  iteration, write, flush, close, fileno), text mode decoding UTF-8 with
  universal newlines.
- The waitpid lock is absent (the VM runs one thread per process).
"""

import os
import sys
import time
import signal
import select

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_PY39 = sys.version_info >= (3, 9)

_SIGNAL_NAMES = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT',
                 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2',
                 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM', 17: 'SIGCHLD', 18: 'SIGCONT',
                 19: 'SIGSTOP', 20: 'SIGTSTP'}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNAL_NAMES.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# Popen objects whose child had not exited when they were deleted; each
# Popen() reaps those that have exited since (the lazy cleanup).
_active = []

# Every Popen with a child, for the simulator's stand-in for reference
# counting (pyvm RunFinalizers): the objects nothing else reaches get
# their __del__ called at the next line boundary. Not in CPython.
_zl_tracked = []


def _cleanup():
    if _active is None:
        return
    for inst in _active[:]:
        res = inst._internal_poll(_deadstate=sys.maxsize)
        if res is not None:
            try:
                _active.remove(inst)
            except ValueError:
                pass


def _translate_newlines(data):
    return data.replace("\r\n", "\n").replace("\r", "\n")


def _find_nl(data):
    # bytes.find, which the simulator's bytes type lacks.
    for k in range(len(data)):
        if data[k] == 10:
            return k
    return -1


class _PipeFile:
    """A buffered file object over one end of a pipe (io.open(fd))."""

    def __init__(self, fd, mode, text):
        self._fd = fd
        self.mode = mode
        self._text = text
        self._buf = b''
        self._eof = False
        self.closed = False

    def fileno(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self._fd

    def _out(self, data):
        if self._text:
            return _translate_newlines(data.decode())
        return data

    def _fill(self):
        chunk = os.read(self._fd, 65536)
        if not chunk:
            self._eof = True
        self._buf += chunk

    def read(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if size is None or size < 0:
            while not self._eof:
                self._fill()
            data = self._buf
            self._buf = b''
            return self._out(data)
        while len(self._buf) < size and not self._eof:
            self._fill()
        data = self._buf[:size]
        self._buf = self._buf[size:]
        return self._out(data)

    def readline(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        while _find_nl(self._buf) < 0 and not self._eof:
            self._fill()
        i = _find_nl(self._buf)
        if i < 0:
            i = len(self._buf)
        else:
            i += 1
        data = self._buf[:i]
        self._buf = self._buf[i:]
        return self._out(data)

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        # A generator: the VM runs it on the process's stack, where the
        # reads may block (a __next__ method would be a callback).
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        raw = data.encode() if self._text else data
        while raw:
            n = os.write(self._fd, raw)
            raw = raw[n:]
        return len(data)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            os.close(self._fd)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class Popen:
    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(),
                 *, user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        _cleanup()
        self._input = None
        self._communication_started = False
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = self._get_handles(stdin, stdout, stderr)
        if p2cwrite != -1:
            self.stdin = _PipeFile(p2cwrite, 'wb', self.text_mode)
        if c2pread != -1:
            self.stdout = _PipeFile(c2pread, 'rb', self.text_mode)
        if errread != -1:
            self.stderr = _PipeFile(errread, 'rb', self.text_mode)
        try:
            self._execute_child(args, executable, preexec_fn, pass_fds, cwd, shell, env,
                                start_new_session, p2cread, p2cwrite, c2pread, c2pwrite,
                                errread, errwrite)
        except:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    f.close()
            raise

    def __repr__(self):
        return "<%s: returncode: %s args: %r>" % (self.__class__.__name__, self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def __del__(self, _maxsize=sys.maxsize):
        # Called by the simulator at the line boundary after the object
        # became unreachable (see the module docstring).
        if not self._child_created:
            return
        self._internal_poll(_deadstate=_maxsize)
        if self.returncode is None and _active is not None:
            _active.append(self)

    def _get_devnull(self):
        if not hasattr(self, '_devnull'):
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _get_handles(self, stdin, stdout, stderr):
        p2cread, p2cwrite = -1, -1
        c2pread, c2pwrite = -1, -1
        errread, errwrite = -1, -1
        self._child_ends = []
        if stdin is None:
            pass
        elif stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
            self._child_ends.append(p2cread)
        elif stdin == DEVNULL:
            p2cread = self._get_devnull()
        elif isinstance(stdin, int):
            p2cread = stdin
        else:
            p2cread = stdin.fileno()
        if stdout is None:
            pass
        elif stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
            self._child_ends.append(c2pwrite)
        elif stdout == DEVNULL:
            c2pwrite = self._get_devnull()
        elif isinstance(stdout, int):
            c2pwrite = stdout
        else:
            c2pwrite = stdout.fileno()
        if stderr is None:
            pass
        elif stderr == PIPE:
            errread, errwrite = os.pipe()
            self._child_ends.append(errwrite)
        elif stderr == STDOUT:
            if c2pwrite != -1:
                errwrite = c2pwrite
            else:
                errwrite = sys.stdout.fileno()
        elif stderr == DEVNULL:
            errwrite = self._get_devnull()
        elif isinstance(stderr, int):
            errwrite = stderr
        else:
            errwrite = stderr.fileno()
        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def _execute_child(self, args, executable, preexec_fn, pass_fds, cwd, shell, env,
                       start_new_session, p2cread, p2cwrite, c2pread, c2pwrite,
                       errread, errwrite):
        if isinstance(args, (str, bytes)):
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        search = '/' not in executable
        try:
            if preexec_fn is not None:
                self.pid = self._fork_exec_preexec(executable, args, env, search, preexec_fn,
                                                   pass_fds, cwd, start_new_session,
                                                   p2cread, c2pwrite, errwrite)
            else:
                self.pid = _fork_exec_in(executable, args, env, search, pass_fds, cwd,
                                         start_new_session, p2cread, c2pwrite, errwrite)
            self._child_created = True
            _zl_tracked.append(self)
        finally:
            # _close_pipe_fds: the child's ends of the pipes made here, and
            # /dev/null, belong to the child now.
            for fd in self._child_ends:
                os.close(fd)
            if hasattr(self, '_devnull'):
                os.close(self._devnull)

    def _fork_exec_preexec(self, executable, args, env, search, preexec_fn, pass_fds, cwd,
                           start_new_session, p2cread, c2pwrite, errwrite):
        """With a preexec_fn, Python code runs in the child between fork and
        exec, so the child is an os.fork() child here (CPython's
        _posixsubprocess forks without vfork in that case too). It does what
        child_exec (Modules/_posixsubprocess.c) does, in its order: the
        kept fds, the standard fds, chdir(cwd), setsid, preexec_fn, exec;
        a failure goes back on a close-on-exec pipe as "OSError:ERRNO:"
        (with "noexec" before the exec) or "SubprocessError:0:MESSAGE",
        and the parent reaps the child and raises, as
        Popen._execute_child (Lib/subprocess.py 3.8-3.13) does."""
        errpipe_read, errpipe_write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(errpipe_read)
            _child_exec(executable, args, env, search, preexec_fn, pass_fds, cwd,
                        start_new_session, p2cread, c2pwrite, errwrite, errpipe_write)
        os.close(errpipe_write)
        data = b''
        while True:
            part = os.read(errpipe_read, 50000)
            if not part:
                break
            data += part
        os.close(errpipe_read)
        if not data:
            return pid
        try:
            wpid, sts = os.waitpid(pid, 0)
            if wpid == pid:
                self._handle_exitstatus(sts)
            else:
                self.returncode = sys.maxsize
        except ChildProcessError:
            pass
        name, hex_errno, err_msg = data.decode().split(':', 2)
        if name != 'OSError':
            raise SubprocessError(err_msg)
        errno_num = int(hex_errno, 16)
        if err_msg == 'noexec:chdir' or err_msg == 'noexec' and sys.version_info < (3, 13):
            # The error must be from chdir(cwd) (3.8-3.12 say only "noexec").
            err_filename = cwd
        elif err_msg == 'noexec':
            err_filename = None
        else:
            err_filename = executable
        raise _errno_error(errno_num, err_filename)

    def _handle_exitstatus(self, sts):
        if os.WIFSIGNALED(sts):
            self.returncode = -os.WTERMSIG(sts)
        elif os.WIFEXITED(sts):
            self.returncode = os.WEXITSTATUS(sts)
        elif os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            raise SubprocessError("Unknown child exit status!")

    def _internal_poll(self, _deadstate=None):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except OSError as e:
                if _deadstate is not None:
                    self.returncode = _deadstate
                elif e.errno == 10:
                    self.returncode = 0
        return self.returncode

    def poll(self):
        return self._internal_poll()

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - time.monotonic()

    def _try_wait(self, wait_flags):
        try:
            (pid, sts) = os.waitpid(self.pid, wait_flags)
        except ChildProcessError:
            pid = self.pid
            sts = 0
        return (pid, sts)

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            endtime = time.monotonic() + timeout
            delay = 0.0005
            while True:
                (pid, sts) = self._try_wait(os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
                    break
                remaining = self._remaining_time(endtime)
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, .05)
                time.sleep(delay)
        else:
            while self.returncode is None:
                (pid, sts) = self._try_wait(0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
        return self.returncode

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)
        endtime = None
        if timeout is not None:
            endtime = time.monotonic() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            self._stdin_write(input)
        if not hasattr(self, '_fileobj2output'):
            self._fileobj2output = {}
            for f in (self.stdout, self.stderr):
                if f is not None:
                    self._fileobj2output[f._fd] = []
        open_files = [f for f in (self.stdout, self.stderr) if f is not None and not f.closed]
        while open_files:
            timeout = self._remaining_time(endtime)
            if timeout is not None and timeout < 0:
                raise TimeoutExpired(self.args, orig_timeout,
                                     output=self._joined(self.stdout), stderr=self._joined(self.stderr))
            fds = [f._fd for f in open_files]
            if timeout is None:
                ready = select.select(fds, [], [])[0]
            else:
                ready = select.select(fds, [], [], timeout)[0]
            if not ready and timeout is not None:
                raise TimeoutExpired(self.args, orig_timeout,
                                     output=self._joined(self.stdout), stderr=self._joined(self.stderr))
            for f in list(open_files):
                if f._fd in ready:
                    data = os.read(f._fd, 32768)
                    if not data:
                        open_files.remove(f)
                        f.close()
                    else:
                        self._fileobj2output[f._fd].append(data)
        return (self._joined(self.stdout), self._joined(self.stderr))

    def _joined(self, f):
        if f is None:
            return None
        data = b''
        for chunk in self._fileobj2output.get(f._fd, []):
            data += chunk
        if self.text_mode:
            return _translate_newlines(data.decode())
        return data

    def send_signal(self, sig):
        if _PY39:
            # Skip signalling a process that we know has already died.
            self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)


def _errno_error(errno_num, filename):
    """OSError(errno, strerror, filename) as the subclass CPython picks."""
    cls = {2: FileNotFoundError, 13: PermissionError, 20: NotADirectoryError,
           21: IsADirectoryError}.get(errno_num, OSError)
    return cls(errno_num, os.strerror(errno_num), filename)


def _fork_exec_in(executable, args, env, search, pass_fds, cwd, start_new_session,
                  p2cread, c2pwrite, errwrite):
    """os._fork_exec with cwd and pass_fds. The simulated fork_exec is one
    atomic step that starts the child in its caller's directory with the
    caller's inheritable fds, so the caller takes the child's directory
    and marks pass_fds inheritable for the call and then restores both:
    nothing else runs in between, and a bad cwd fails as the child's
    chdir does (FileNotFoundError with cwd as the filename)."""
    made = []
    old_cwd = None
    try:
        for fd in pass_fds:
            if not os.get_inheritable(fd):
                os.set_inheritable(fd, True)
                made.append(fd)
        if cwd is not None:
            old_cwd = os.getcwd()
            try:
                os.chdir(cwd)
            except OSError as e:
                old_cwd = None
                raise _errno_error(e.errno, cwd)
        return os._fork_exec(executable, args, env, p2cread, c2pwrite, errwrite,
                             None, start_new_session, search)
    finally:
        if old_cwd is not None:
            os.chdir(old_cwd)
        for fd in made:
            os.set_inheritable(fd, False)


def _child_exec(executable, args, env, search, preexec_fn, pass_fds, cwd, start_new_session,
                p2cread, c2pwrite, errwrite, errpipe_write):
    """The child half of _fork_exec_preexec; never returns."""
    stage = 'noexec'
    try:
        for fd in pass_fds:
            os.set_inheritable(fd, True)
        for fd, target in ((p2cread, 0), (c2pwrite, 1), (errwrite, 2)):
            if fd == target:
                os.set_inheritable(fd, True)
            elif fd != -1:
                os.dup2(fd, target)
        if cwd is not None:
            stage = 'noexec:chdir' if sys.version_info >= (3, 13) else 'noexec'
            os.chdir(cwd)
            stage = 'noexec'
        if start_new_session:
            os.setsid()
    except OSError as e:
        os.write(errpipe_write, ('OSError:' + hex(e.errno)[2:] + ':' + stage).encode())
        os._exit(255)
    try:
        preexec_fn()
    except BaseException:
        os.write(errpipe_write, b'SubprocessError:0:Exception occurred in preexec_fn.')
        os._exit(255)
    if env is None:
        env = os.environ
    if search:
        paths = [d.rstrip('/') + '/' + executable if d else executable
                 for d in os.get_exec_path(env)]
    else:
        paths = [executable]
    saved = None
    last = 0
    for path in paths:
        try:
            os.execve(path, args, env)
        except OSError as e:
            last = e.errno
            if e.errno not in (2, 20) and saved is None:
                saved = e.errno
    os.write(errpipe_write, ('OSError:' + hex(saved or last)[2:] + ':').encode())
    os._exit(255)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(kw + ' argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') or kwargs.get('errors'):
            kwargs['input'] = ''
        else:
            kwargs['input'] = b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
