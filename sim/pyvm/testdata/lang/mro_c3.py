# C3 method resolution orders (where depth-first differs), super() through
# mixins, and the TypeErrors for an inconsistent order and a duplicate base.
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print([k.__name__ for k in A.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError", e)
attempt("conflict", lambda: type("Bad", (Z, W), {}))
class M1: pass
class M2(M1): pass
attempt("order", lambda: type("Bad2", (M1, M2), {}))
attempt("dup", lambda: type("Dup", (M1, M1), {}))
try:
    class Bad3(Z, W):
        pass
except TypeError as e:
    print("class statement", e)
class Mixin:
    def hello(self): return "mixin " + super().hello()
class Greeter:
    def hello(self): return "greeter"
class Both(Mixin, Greeter): pass
print(Both().hello(), [k.__name__ for k in Both.__mro__])
class K1(Exception): pass
class K2(K1, ValueError): pass
print([k.__name__ for k in K2.__mro__])
