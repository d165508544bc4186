# blocked: a checklist for pyvm of what the library met and works around;
#  each line is one behaviour, printed as CPython prints it
import sys
import io


def check(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '-> raises', type(e).__name__, e)


class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError('read-only ' + name)


class Keyed:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


class Box:
    def __init__(self):
        self.d = {'a': 1}

    def keys(self):
        return self.d.keys()

    def __getitem__(self, k):
        return self.d[k]

    def __delitem__(self, k):
        del self.d[k]

    def __pos__(self):
        return 'pos'

    def __abs__(self):
        return 'abs'


class GenIter:
    def __iter__(self):
        yield 1
        yield 2


class OldIter:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i


class Documented:
    'class doc'
    x: int = 1


def renamed():
    pass


renamed.__name__ = 'other'
renamed.__doc__ = 'new doc'


def set_frozen():
    f = Frozen()
    f.x = 1


def del_item():
    b = Box()
    del b['a']
    return b.d


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def print_parts():
    w = Writer()
    old = sys.stdout
    sys.stdout = w
    try:
        print('a', 'b')
    finally:
        sys.stdout = old
    return w.parts


check('str.find(sub, start)', lambda: 'abcabc'.find('b', 2))
check('str.rfind(sub, start, end)', lambda: 'a-b-c'.rfind('-', 0, 3))
check('str.startswith(prefix, start)', lambda: 'xxab'.startswith('ab', 2))
check('str.splitlines(True)', lambda: 'a\nb\r\nc'.splitlines(True))
check('str.expandtabs', lambda: 'a\tb'.expandtabs(4))
check('str.isascii', lambda: 'abc'.isascii())
check('str.translate', lambda: 'abc'.translate({97: 'x'}))
check('float.is_integer', lambda: (2.0).is_integer())
check('float.as_integer_ratio', lambda: (0.75).as_integer_ratio())
check('int.bit_length', lambda: (255).bit_length())
check('dict(list of lists)', lambda: dict([['a', 1], ['b', 2]]))
check('dict(mapping with keys())', lambda: dict(Box()))
check('{**mapping}', lambda: {**Box()})
check('user __setattr__', set_frozen)
check('user __hash__', lambda: len({Keyed(1), Keyed(1)}))
check('__hash__ = None', lambda: hash(Documented()) if False else 'skip')
check('del x[k] with __delitem__', del_item)
check('unary + with __pos__', lambda: +Box())
check('abs() with __abs__', lambda: abs(Box()))
check('list() of a generator __iter__', lambda: list(GenIter()))
check('iteration by __getitem__', lambda: list(OldIter()))
check('function __name__ assignment', lambda: renamed.__name__)
check('function __doc__ assignment', lambda: renamed.__doc__)
check('class __doc__', lambda: Documented.__doc__)
check('class __annotations__', lambda: Documented.__annotations__)
check('object.__new__', lambda: type(object.__new__(Documented)).__name__)
check('object.__setattr__', lambda: object.__setattr__(Documented(), 'y', 2))
check('print to a replaced sys.stdout', print_parts)
check('bytearray', lambda: bytearray(b'ab'))
check('frozenset repr', lambda: frozenset([1]))
check('dir()', lambda: 'append' in dir([]))
check('ascii()', lambda: ascii('é'))
check("'os' in sys.modules", lambda: 'os' in sys.modules)
check('format(1234, "_")', lambda: format(1234, '_'))
check('round(7, -1)', lambda: round(7, -1))
