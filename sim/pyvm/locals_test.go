package pyvm

import (
	"fmt"
	"strings"
	"testing"
)

// TestUserLocals stops a program at a marked line and reads the
// variables of its innermost frame of the program's file.
func TestUserLocals(t *testing.T) {
	cases := []struct {
		name, src string
		fn        string
		want      string
	}{
		{"module", `import os
x = 1
s = 'hi'
def f(): pass
class C: pass
xs = [1, 2, [3, [4, [5]]]]
pass  # here
`, "<module>", "x=1 s='hi' xs=[1, 2, [3, [4, […]]]]"},
		{"function", `def f(a, b=2):
    c = a + b
    d = None
    pass  # here
f(1)
`, "f", "a=1 b=2 c=3 d=None"},
		{"closure", `def f(a):
    n = 5
    def g():
        return n
    pass  # here
f(7)
`, "f", "a=7 n=5"},
		{"instance", `class P:
    def __init__(self):
        self.x, self.y, self._h = 1, 'b', 3
    def __repr__(self):
        raise RuntimeError('not called')
p = P()
q = object()
pass  # here
`, "<module>", "p=P(x=1, y='b') q=<object>"},
		{"enum member", `class EnumMeta(type):
    pass
EnumMeta.__module__ = 'enum'
class Color(metaclass=EnumMeta):
    def __repr__(self):
        raise RuntimeError('not called')
c = object.__new__(Color)
c._value_, c._name_ = (1, 'x'), 'RED'
pass  # here
`, "<module>", "c=<Color.RED: (1, 'x')>"},
		{"long", `s = 'x' * 1000
d = {i: i for i in range(20)}
pass  # here
`, "<module>", "s='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… d={0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, …}"},
		{"tuple subclass", `class P(tuple):
    __slots__ = ()
    _fields = ('x', 'y')
    def __repr__(self):
        raise RuntimeError('not called')
class T(tuple):
    __slots__ = ()
p = P((1, 'b'))
t = T([P((2, 3)), []])
pass  # here
`, "<module>", "p=P(x=1, y='b') t=T(P(x=2, y=3), [])"},
		{"dict subclass", `class D(dict):
    def __repr__(self):
        raise RuntimeError('not called')
class Self(dict):
    def __init__(self):
        self.__dict__ = self
d = D(a=1, b=[2])
e = D()
s = Self()
s.k = 'v'
class L(list):
    pass
l = L([1, 'x'])
pass  # here
`, "<module>", "d=D({'a': 1, 'b': [2]}) e=D({}) s=Self({'k': 'v'}) l=L([1, 'x'])"},
		{"dict views", `d = {'a': 1, 'b': [2]}
k = d.keys()
v = d.values()
i = d.items()
pass  # here
`, "<module>", "d={'a': 1, 'b': [2]} k=dict_keys(['a', 'b']) v=dict_values([1, [2]]) i=dict_items([('a', 1), ('b', [2])])"},
		{"set", `s = {3, 1, 2, 100, 33}
e = set()
f = frozenset({'a'})
b = set(range(100))
class K: pass
o = {K()}
pass  # here
`, "<module>", "s={1, 2, 3, 100, 33} e=set() f=frozenset({'a'}) b=set(100 items) o=set(1 item)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			line := 1 + strings.Count(c.src[:strings.Index(c.src, "pass  # here")], "\n")
			p, err := newFakeSys().spawn("prog.py", c.src, Config{})
			if err != nil {
				t.Fatal(err)
			}
			in := p.in
			for {
				stop := in.Run(1 << 20)
				if stop != StopLine {
					t.Fatalf("stopped with %v before line %d", stop, line)
				}
				fr := in.Frames()
				if top := fr[len(fr)-1]; top.File == "prog.py" && top.Line == line {
					break
				}
			}
			fn, vars, ok := in.UserLocals("prog.py", nil)
			if !ok || fn != c.fn {
				t.Fatalf("frame %q, %v; want %q", fn, ok, c.fn)
			}
			var got []string
			for _, v := range vars {
				got = append(got, fmt.Sprintf("%s=%s", v.Name, v.Value))
			}
			if g := strings.Join(got, " "); g != c.want {
				t.Errorf("got  %s\nwant %s", g, c.want)
			}
		})
	}
}
