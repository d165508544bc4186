# The special methods of int, bool, float, str and bytes called by name
# (int.__add__, str.__len__, (5).__add__(1)): NotImplemented for an
# operand the type does not take, the descriptor errors, their reprs;
# bool's & | ^ keep bools.
cases = [("int.__add__('a', 1)", lambda: int.__add__('a', 1)), ("int.__add__()", lambda: int.__add__()), ("int.__add__(1)", lambda: int.__add__(1)),
 ("int.__add__(1,2,3)", lambda: int.__add__(1, 2, 3)), ("float.__round__('x')", lambda: float.__round__('x')), ("int.__add__(1, 1.5)", lambda: int.__add__(1, 1.5)),
 ("float.__add__(1.5, 1)", lambda: float.__add__(1.5, 1)), ("int.__radd__(1, 2)", lambda: int.__radd__(1, 2)), ("str.__mul__('ab', 2)", lambda: str.__mul__('ab', 2)),
 ("str.__rmul__('ab', 2)", lambda: str.__rmul__('ab', 2)), ("str.__add__('a', 1)", lambda: str.__add__('a', 1)), ("int.__eq__(1, 1.0)", lambda: int.__eq__(1, 1.0)),
 ("float.__eq__(1.0, 1)", lambda: float.__eq__(1.0, 1)), ("int.__lt__(1, 'a')", lambda: int.__lt__(1, 'a')), ("str.__lt__('a', 'b')", lambda: str.__lt__('a', 'b')),
 ("int.__truediv__(1, 0)", lambda: int.__truediv__(1, 0)), ("int.__pow__(2, 3, 5)", lambda: int.__pow__(2, 3, 5)), ("int.__round__(1234, -2)", lambda: int.__round__(1234, -2)),
 ("float.__round__(2.5)", lambda: float.__round__(2.5)), ("int.__hash__(True)", lambda: int.__hash__(True)), ("str.__hash__('') ", lambda: str.__hash__('')),
 ("bytes.__len__(b'ab')", lambda: bytes.__len__(b'ab')), ("str.__getitem__('abc', slice(1, None))", lambda: str.__getitem__('abc', slice(1, None))),
 ("(5).__add__", lambda: repr((5).__add__)[:30]), ("int.__add__", lambda: repr(int.__add__)), ("str.__len__", lambda: repr(str.__len__)),
 ("float.__round__", lambda: repr(float.__round__)), ("bool.__and__(True, 1)", lambda: bool.__and__(True, 1)), ("int.__invert__(5)", lambda: int.__invert__(5)),
 ("int.__divmod__(7, 2)", lambda: int.__divmod__(7, 2)), ("float.__mod__(7.5, 2)", lambda: float.__mod__(7.5, 2)), ("str.__mod__('%d', 3)", lambda: str.__mod__('%d', 3)),
 ("int.__repr__(7)", lambda: int.__repr__(7)), ("str.__repr__('a')", lambda: str.__repr__('a')), ("str.__str__('a')", lambda: str.__str__('a')), ("int.__str__(7)", lambda: int.__str__(7)),
 ("float.__int__(2.7)", lambda: float.__int__(2.7)), ("int.__float__(2)", lambda: int.__float__(2)), ("str.__contains__('ab', 1)", lambda: str.__contains__('ab', 1)),
 ("int.__ne__(1, 2)", lambda: int.__ne__(1, 2)), ("int.__abs__(-3)", lambda: int.__abs__(-3)), ("float.__neg__(2.0)", lambda: float.__neg__(2.0)),
 ("bytes.__add__(b'a', b'b')", lambda: bytes.__add__(b'a', b'b')), ("bytes.__getitem__(b'ab', 0)", lambda: bytes.__getitem__(b'ab', 0)), ("int.__index__(True)", lambda: int.__index__(True)),
 ("int.__add__(1, x=2)", lambda: int.__add__(1, x=2)), ("int.__rsub__(1, 5)", lambda: int.__rsub__(1, 5)), ("float.__rtruediv__(2.0, 1)", lambda: float.__rtruediv__(2.0, 1)),
 ("int.__lshift__(1, 3)", lambda: int.__lshift__(1, 3)), ("str.__ge__('b', 'a')", lambda: str.__ge__('b', 'a')), ("float.__ge__(1.0, 'a')", lambda: float.__ge__(1.0, 'a')),
]
for name, f in cases:
    try:
        print(name, "->", f())
    except Exception as e:
        print(name, "->", type(e).__name__, e)
print(True & False, True | False, True ^ True, False & 1, True | 2)
x = True
x &= False
print(x)
