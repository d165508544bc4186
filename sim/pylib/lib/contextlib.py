# contextlib: contextmanager, suppress, closing, nullcontext,
# redirect_stdout/redirect_stderr and ExitStack, condensed from CPython's
# Lib/contextlib.py (3.8-3.14).
#
# Until pyvm runs decorators, contextmanager is applied by hand
# (cm = contextmanager(genfunc)). Left out: the async variants,
# AbstractContextManager's subclass hook, chdir (3.11), ContextDecorator
# beyond a context manager made by contextmanager used as a decorator,
# and ExitStack's repair of __context__ chains.

import sys


class _GeneratorContextManager(object):
    # contextlib._GeneratorContextManager: __enter__ runs the generator to
    # its yield; __exit__ resumes it, or throws the exception in, and
    # reports whether it was suppressed.

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __call__(self, func):
        # ContextDecorator.__call__: a fresh context manager around each
        # call of func.
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield")

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # Suppressed, unless the StopIteration is the one passed in.
            return exc is not value
        except RuntimeError as exc:
            # PEP 479 turned a StopIteration thrown in into RuntimeError.
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    # contextlib.contextmanager: a generator function made a factory of
    # context managers.
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    helper.__wrapped__ = func
    return helper


class closing(object):
    # contextlib.closing: thing.close() on the way out.

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(object):
    # contextlib.nullcontext: a context manager that does nothing.

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(object):
    # contextlib.suppress: the listed exceptions (and their subclasses) end
    # the with block silently.

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _RedirectStream(object):
    # contextlib._RedirectStream: swap a sys stream for the block.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    # contextlib.redirect_stdout.
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    # contextlib.redirect_stderr.
    _stream = 'stderr'


def _enter_exit(cm):
    # The __enter__ and __exit__ of cm's type, with with's errors:
    # AttributeError up to 3.10, TypeError from 3.11.
    cls = type(cm)
    enter = getattr(cls, '__enter__', None)
    exit = getattr(cls, '__exit__', None)
    if enter is None or exit is None:
        if sys.version_info >= (3, 11):
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (cls.__module__, cls.__qualname__))
        raise AttributeError('__enter__' if enter is None else '__exit__')
    return enter, exit


class ExitStack(object):
    # contextlib.ExitStack: callbacks run last-in first-out on exit; each
    # sees the exception still pending and may suppress it.

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        # ExitStack.push: an object with __exit__, or an exit function.
        method = getattr(type(exit), '__exit__', None)
        if method is None:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(lambda t, v, tb: method(exit, t, v, tb))
        return exit

    def enter_context(self, cm):
        enter, exit = _enter_exit(cm)
        result = enter(cm)
        self._exit_callbacks.append(lambda t, v, tb: exit(cm, t, v, tb))
        return result

    def callback(self, callback, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        # ExitStack.__exit__: a callback that raises replaces the pending
        # exception; one that returns true clears it.
        received_exc = exc_details[0] is not None
        pending = exc_details[1] if received_exc else None
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if pending is None:
                    handled = cb(None, None, None)
                else:
                    handled = cb(type(pending), pending, None)
                if handled:
                    pending = None
            except BaseException as exc:
                pending = exc
        if pending is not None and (not received_exc or pending is not exc_details[1]):
            raise pending
        return received_exc and pending is None
