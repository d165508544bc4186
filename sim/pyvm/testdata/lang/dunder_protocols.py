# Special methods builtin code reaches: __index__ in subscripts, slices and
# integer arguments, int()/float() through __int__, __float__, __index__ and
# __trunc__, round(), unary operators, format(), reflected arithmetic, and
# the errors for arguments that are not integers.
class V:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
    def __int__(self): return self.n + 100
    def __float__(self): return self.n + 0.5
    def __abs__(self): return "abs"
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __round__(self, nd=None): return ("round", nd)
    def __format__(self, spec): return "fmt[%s]" % spec
    def __bool__(self): return self.n != 0
    def __len__(self): return 7
    def __contains__(self, x): return x == 3
    def __radd__(self, o): return ("radd", o)
    def __rsub__(self, o): return ("rsub", o)
    def __rmul__(self, o): return ("rmul", o)
    def __rtruediv__(self, o): return ("rdiv", o)
    def __rpow__(self, o): return ("rpow", o)
    def __rmod__(self, o): return ("rmod", o)
    def __rlshift__(self, o): return ("rlshift", o)
    def __call__(self, *a, **k): return ("call", a, k)
    def __iter__(self): return iter([1, 2])
    def __hash__(self): return 42
    def __repr__(self): return "V(%d)" % self.n

v = V(2)
lst = [10, 20, 30, 40]
print(lst[v], lst[V(1):V(3)], "abcd"[v], (1, 2, 3)[v], range(10)[v], bin(v), hex(v), oct(v))
print(int(v), float(v), abs(v), -v, +v, ~v, round(v), round(v, 2), format(v, "x"), f"{v:>5}", "{:z}".format(v))
print(bool(v), bool(V(0)), len(v), 3 in v, 4 in v, 5 + v, 5 - v, 5 * v, 5 / v, 5 ** v, 5 % v, 5 << v)
print(v(1, k=2), list(v), hash(v), [1, 2, 3] * v, "ab" * v, sum([v, v], 0) if False else "", divmod(7, 2))
a, b = v
print(a, b, max(v), min(v), sorted(v), tuple(v), set(v), dict.fromkeys(v), *v)
print(chr(V(65)), [0] * V(3), "x".center(V(5)), pow(2, v), isinstance(v, object))
class S:
    def __str__(self): return "str!"
class R:
    def __repr__(self): return "repr!"
print(S(), R(), str(R()), [R()], f"{R()}", "%s %r" % (R(), R()))
class Num:
    def __init__(self, x): self.x = x
    def __add__(self, o): return Num(self.x + (o.x if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self): return "Num(%r)" % self.x
print(sum([Num(1), Num(2)]), sum([Num(1)], Num(10)), 1 + Num(2), Num(1) + 2)
class Cmp:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return "C%d" % self.k
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)]), min(Cmp(4), Cmp(2)))
class BadIdx:
    def __index__(self): return "x"
class BadInt:
    def __int__(self): return 1.5
class BadFloat:
    def __float__(self): return 1
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("center str", lambda: "x".center("5"))
attempt("center fill", lambda: "x".center(5, 1))
attempt("center fill2", lambda: "x".center(5, "ab"))
attempt("split", lambda: "a,b,c".split(",", "1"))
attempt("split V", lambda: "a,b,c".split(",", V(1)))
attempt("replace", lambda: "aaa".replace("a", "b", 2.0))
attempt("insert", lambda: [1].insert("0", 5))
attempt("bad index", lambda: [1, 2][BadIdx()])
attempt("int bad", lambda: int(BadInt()))
attempt("float bad", lambda: float(BadFloat()))
attempt("range V", lambda: list(range(V(3))))
attempt("bigsplit", lambda: "a b".split(" ", 2**70))
class Only:
    def __index__(self): return 4
attempt("float idx", lambda: float(Only()))
attempt("int idx", lambda: int(Only()))
attempt("round none", lambda: round(Only()))
class Tr:
    def __trunc__(self): return 9
attempt("int trunc", lambda: int(Tr()))
