# type.mro(): a class's linearisation as a list (it was an AttributeError),
# bound and unbound, with its argument errors.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.mro())
print(type.mro(D), int.mro(), bool.mro(), object.mro())
print(D.mro() == list(D.__mro__), type(D.mro()).__name__)
class M(type): pass
class E(metaclass=M): pass
print(E.mro(), M.mro(M))
try:
    type.mro()
except TypeError as e:
    print(e)
try:
    type.mro(5)
except TypeError as e:
    print(e)
try:
    D.mro(1)
except TypeError as e:
    print(e)
