# contextlib (contextmanager applied by hand), io.StringIO.
import io
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack


def opened(name):
    print('open', name)
    try:
        yield name.upper()
    finally:
        print('close', name)


opened = contextmanager(opened)
with opened('a') as handle:
    print('using', handle)
try:
    with opened('b'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated:', e)


def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


swallow = contextmanager(swallow)
with swallow():
    {}['k']
print('after swallow')


def no_yield():
    if False:
        yield


try:
    with contextmanager(no_yield)():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


def twice():
    yield 1
    yield 2


try:
    with contextmanager(twice)():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


def timed(label):
    print('start', label)
    yield
    print('end', label)


timed = contextmanager(timed)
work = timed('decorated')(lambda x: print('working', x))
work(1)

with suppress(FileNotFoundError, KeyError):
    {}['x']
    print('not reached')
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print('IndexError passes through suppress(KeyError)')


class Resource:
    def close(self):
        print('Resource.close')


with closing(Resource()) as r:
    print('got', type(r).__name__)
with nullcontext(42) as v:
    print('nullcontext', v)

captured = io.StringIO()
with redirect_stdout(captured):
    print('to the buffer')
    print('second line', 2)
print(repr(captured.getvalue()))


class Named:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False


with ExitStack() as stack:
    names = [stack.enter_context(Named(n)) for n in 'xyz']
    stack.callback(print, 'callback', 'args')
    print('inside', names)
try:
    with ExitStack() as stack:
        stack.enter_context(Named('p'))
        stack.push(lambda *exc: print('push sees', exc[0].__name__))
        raise KeyError('k')
except KeyError:
    print('KeyError after the stack')
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError('suppressed by a pushed exit')
print('after suppression')
stack = ExitStack()
stack.callback(print, 'closed by close()')
moved = stack.pop_all()
stack.close()
moved.close()
try:
    with ExitStack() as stack:
        stack.enter_context(object())
except (AttributeError, TypeError) as e:
    print(type(e).__name__)

s = io.StringIO('line 1\nline 2\nlast')
print(s.readline(), end='')
print(s.read(3), s.tell(), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines(), s.getvalue() == 'line 1\nline 2\nlast')
s = io.StringIO()
print(s.write('hello'), s.write(' world'), s.getvalue(), s.tell())
s.seek(0)
s.write('J')
print(s.getvalue())
s.seek(0)
for line in io.StringIO('a\nb\n'):
    print(repr(line))
print(s.truncate(3), repr(s.getvalue()), s.closed)
s.close()
print(s.closed)
try:
    s.write('x')
except ValueError as e:
    print('ValueError:', e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print('TypeError:', e)
with io.StringIO() as f:
    print('in with', file=f)
    print(repr(f.getvalue()))
b = io.BytesIO(b'abc')
print(b.read(2), b.read(), b.getvalue())
