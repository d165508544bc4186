# End positions (end_lineno, end_col_offset) of nodes whose span is easy to
# get wrong: brackets, calls and subscripts over several lines, strings that
# span lines, non-ASCII text, f-strings, and blocks ending in ';'.
total = compute(
    first,
    *rest,
    second=2,
    **options
)
result = (
    builder
    .add(1)
    .scale(factor=2)
    .build()
)
parts = items[1:2], items[::2], items[:-1:], items[lo:hi, ::], items[:]
grid[1, 2:3] = grid[i][j][k]
nested = ((a + b) * ((c)))
paren = (a)
pair = (a, b), (c,), ()
names = [x for x in ((y)) if (x)]
gen = sum(x for x in range(10))
gen2 = sum((x for x in range(10)), start)
你好 = '你好' + 1
café = "naïve" * 2; ß = café
wide = '漢字' '仮名' + "😀"
ops = a // b ** c @ d ** -e % f
chain = 0 <= x < 10 != y is not None in z not in w
logic = a and b or not c and (d or e)
pick = yes if cond else no
fn = lambda x, *ys, k=1, **kw: x + k
star = [*xs, *(ys)]
first, *others = values
text = ("one"
        "two"
        'three')
doc = """first line
second line
last"""
raw = r'''a
b'''
f1 = f"{x + 1} and {y!r} and {z:>10}"
f1b = f"{w=} {w = !s}"
f2 = f"{a['k']:{width}.{prec}} {b:}"
f3 = f"""head
{value}
tail {other:x}"""
f4 = f"{f'{inner}'}" f"" "plain"
f5 = f"{'你好'} {名字!s:^{宽}}"
f6 = f"{x:{y}}" + f"{ x = }"
f7 = f"""{
    a +
    b
}!"""
keyed = call(a, b=(1), **{'c': 3})
sliced = seq[1:2:3][::][lo:]
attr = obj.attr.other
obj.attr[0].name = value
subs = d[
    key
]
call_over = f(
    a)(b
)[c
]
x += y // 2
y: int = 3
z: list[int]
del a[0], b.c, (d)
assert cond, (
    "message"
)
raise Error("x") from cause
import os.path as osp, sys
from .pkg.mod import (name as alias, other,)
from . import *
global_name = 1
if x: pass;
if y:
    a = 1; b = 2;
elif z:
    pass
else:
    c = 3 ;  # trailing comment

while running:
    step()
else:
    done()
for i, in pairs: continue
for (a, b) in pairs:
    break
try:
    risky()
except (ValueError, TypeError) as err:
    handle(err)
except Exception:
    raise
else:
    ok()
finally:
    cleanup()
with open(path) as f, lock:
    read(f)
with (open(a) as fa, open(b) as fb,):
    pass


@decorator
@other.decorator(arg)
def function(a: int, /, b: 'str' = "x", *args: tuple, c, d=1, **kwargs: dict) -> (
        None):
    """Docstring."""
    def inner():
        nonlocal a
        return a, b,
    global g
    yield
    yield from inner()
    return (yield value)


@dataclass
class Point(Base, metaclass=Meta):
    x: int = 0
    y: int = (
        0)

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(walrus := 10, (w2 := 5))
numbers = [1_000, 0x_ff, 1.5e3, 2j, 10 ** 100, ...]
bs = b'bytes' b"more"
empty = {}, {1}, {1: 2, **m}, {k: v for k, v in m}, {s for s in t}
last = -x, +y, ~z, not w
