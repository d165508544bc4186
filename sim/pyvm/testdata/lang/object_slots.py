# object's and BaseException's special methods as attributes: __hash__ =
# object.__hash__ beside __eq__, super().__hash__/__repr__/__str__, an
# exception's super().__str__() and __repr__(), object.__eq__/__ne__.
class A:
    def __eq__(self, o):
        return isinstance(o, A)
    __hash__ = object.__hash__
a = A()
print(hash(a) == hash(a), {a: 1}[a], A() == A(), len({A(), A()}))
class B:
    def __eq__(self, o): return True
    def __hash__(self): return super().__hash__()
b = B()
print(hash(b) == hash(b), object.__hash__(b) == hash(b))
print(object.__eq__(a, a), object.__eq__(a, 1), object.__ne__(a, 1), object.__repr__(a).startswith("<__main__.A object at 0x"), object.__str__(5))
class P:
    def __repr__(self):
        return "P+" + super().__repr__()[:12]
    def __str__(self):
        return "S:" + super().__str__()
print(repr(P()), str(P()))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, super().__str__())
    def __repr__(self):
        return "AppError<" + super().__repr__() + ">"
e = AppError(7, "disk full")
print(e, repr(e), Exception.__str__(e), str(ValueError("x", 1)))
try:
    raise e
except AppError as err:
    print("caught", err)
class Q:
    pass
print(Q.__repr__(Q()).startswith("<__main__.Q object"), Q.__eq__(Q(), 1), Q.__lt__(Q(), 1))
