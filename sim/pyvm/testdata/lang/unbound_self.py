# A builtin type's method called on the type with a self of another type:
# CPython's TypeError (a slot wrapper's words or a method descriptor's),
# not a crash; subclasses and the class methods still work.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show('str.upper', lambda: str.upper(b'a'))
show('bytes.upper', lambda: bytes.upper('a'))
show('int.bit_length', lambda: int.bit_length('x'))
show('str.join', lambda: str.join(1, []))
show('bytes.expandtabs', lambda: bytes.expandtabs('a'))
show('float.hex', lambda: float.hex(1))
show('list.sort', lambda: list.sort(()))
show('bytearray.upper', lambda: bytearray.upper(b'a'))
show('bytes.upper(bytearray)', lambda: bytes.upper(bytearray(b'a')))
show('str.count', lambda: str.count(1, 'a'))
show('set.add', lambda: set.add([], 1))
show('tuple.index', lambda: tuple.index([], 1))
show('int.to_bytes', lambda: int.to_bytes(1.0, 1, 'big'))
show('str.split', lambda: str.split(None))
show('int.__add__', lambda: int.__add__('a', 1))
show('str.__len__', lambda: str.__len__(1))
show('list.__getitem__', lambda: list.__getitem__((), 0))
show('dict.__contains__', lambda: dict.__contains__([], 1))
show('str.__format__', lambda: str.__format__(1, ''))
show('int.__round__', lambda: int.__round__('x'))
show('bytearray.__len__', lambda: bytearray.__len__(b''))
show('type.mro', lambda: type.mro(1))
show('set.__len__', lambda: set.__len__(frozenset()))
show('frozenset.union', lambda: frozenset.union(set(), ()))
show('bool.__and__', lambda: bool.__and__(1, 1))
show('float.is_integer', lambda: float.is_integer(1))
show('tuple.count', lambda: tuple.count([], 1))
show('dict.get', lambda: dict.get([], 1))
# What must still work: a subclass's instance, bool as an int, the class
# methods and static methods called on the type.
show('int.__and__(True)', lambda: int.__and__(True, 1))
show('int.bit_length(True)', lambda: int.bit_length(True))


class D(dict):
    pass


class L(list):
    pass


show('dict.get(D)', lambda: dict.get(D(a=1), 'a'))
show('list.append(L)', lambda: (lambda l: (list.append(l, 2), l)[1])(L([1])))
show('object.__setattr__', lambda: object.__setattr__(D(), 'x', 1))
show('bytes.fromhex', lambda: bytes.fromhex('0a ff'))
show('bytearray.fromhex', lambda: bytearray.fromhex('0a'))
show('dict.fromkeys', lambda: dict.fromkeys('ab', 0))
show('int.from_bytes', lambda: int.from_bytes(b'\x01\x00', 'big'))
show('float.fromhex', lambda: float.fromhex('0x1p1'))
show('str.maketrans', lambda: str.maketrans('a', 'b'))
show('bytes.maketrans', lambda: bytes.maketrans(b'a', b'b'))
show('D.fromkeys', lambda: type(D.fromkeys('a')).__name__)
