// Validate cases: constructs the simulator rejects, compile-time
// SyntaxErrors, and constructs it must accept.

package pyast

import (
	"strings"
	"testing"
)

func TestValidateRejects(t *testing.T) {
	ns := func(construct string) string { return notSupported(construct) }
	cases := []struct{ name, src, want string }{
		// The yield cases are compared with CPython 3.11 and 3.13's compile();
		// 3.8 reports the comprehension's position instead of the yield's.
		{"yield at module level", "yield 1\n", "v.py:1:1: 'yield' outside function"},
		{"yield in class body", "def f():\n    class C:\n        yield 1\n", "v.py:3:9: 'yield' outside function"},
		{"yield in list comprehension", "x = [(yield) for y in z]\n", "v.py:1:7: 'yield' inside list comprehension"},
		{"yield in generator expression", "def f():\n    return (  (yield) for y in z)\n", "v.py:2:16: 'yield' inside generator expression"},
		{"yield in dict comprehension", "def f():\n    return {y: (yield) for y in z}\n", "v.py:2:17: 'yield' inside dict comprehension"},
		{"yield in set comprehension", "def f():\n    return {(yield) for y in z}\n", "v.py:2:14: 'yield' inside set comprehension"},
		{"yield in nested comprehension", "def f():\n    x = [[(yield) for a in b] for c in d]\n", "v.py:2:12: 'yield' inside list comprehension"},
		{"complex", "z = 1 + 2j\n", "v.py:1:9: " + ns("a complex number")},
		{"class **kwargs", "class C(B, **kw):\n    pass\n", "v.py:1:12: " + ns("**kwargs in a class statement")},
		{"matrix multiplication", "x = a @ b\n", "v.py:1:5: " + ns("the @ operator (matrix multiplication)")},
		{"matrix multiplication in place", "x @= b\n", "v.py:1:1: " + ns("the @= operator (matrix multiplication)")},
		{"relative import", "from . import x\n", "v.py:1:1: " + ns("a relative import (from . import ...)")},
		{"star import", "from os import *\n", "v.py:1:16: " + ns("from os import *")},
		{"return outside function", "return 1\n", "v.py:1:1: 'return' outside function"},
		{"return in class body", "class C:\n    return\n", "v.py:2:5: 'return' outside function"},
		{"break outside loop", "if x:\n    break\n", "v.py:2:5: 'break' outside loop"},
		{"continue in nested def", "while x:\n    def f():\n        continue\n", "v.py:3:9: 'continue' not properly in loop"},
		{"break in loop else", "for x in y:\n    pass\nelse:\n    break\n", "v.py:4:5: 'break' outside loop"},
		{"nonlocal at module", "nonlocal x\n", "v.py:1:1: nonlocal declaration not allowed at module level"},
		{"duplicate parameter", "def f(a, b, *a):\n    pass\n", "v.py:1:14: duplicate argument 'a' in function definition"},
		{"duplicate lambda parameter", "f = lambda a, a: 0\n", "v.py:1:15: duplicate argument 'a' in function definition"},
		{"bare except not last", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "v.py:3:1: default 'except:' must be last"},
		{"two starred targets", "a, *b, *c = x\n", "v.py:1:8: multiple starred expressions in assignment"},
		{"lone starred target", "*a = x\n", "v.py:1:1: starred assignment target must be in a list or tuple"},
		{"starred statement", "*a\n", "v.py:1:1: can't use starred expression here"},
		{"keyword repeated", "f(a=1, a=2)\n", "v.py:1:8: keyword argument repeated: a"},
		{"class keyword repeated", "class C(B, x=1, x=2):\n    pass\n", "v.py:1:17: keyword argument repeated: x"},
		{"first error wins", "z = (n := 2j) @ m\n", "v.py:1:5: " + ns("the @ operator (matrix multiplication)")},
		// The := cases are compared with CPython 3.11 and 3.13's compile().
		{"walrus rebinds iteration variable", "[x := 1 for x in y]\n", "v.py:1:2: assignment expression cannot rebind comprehension iteration variable 'x'"},
		{"walrus rebinds unpacked variable", "[(a := 1) for a, b in c]\n", "v.py:1:3: assignment expression cannot rebind comprehension iteration variable 'a'"},
		{"walrus in comprehension iterable", "[y for x in (z := [1])]\n", "v.py:1:14: assignment expression cannot be used in a comprehension iterable expression"},
		{"walrus in class comprehension", "class C:\n    [(z := 1) for x in y]\n", "v.py:2:7: assignment expression within a comprehension cannot be used in a class body"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Parse("v.py", []byte(tc.src))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			err = Validate(m)
			if err == nil {
				t.Fatalf("Validate accepted %q, want %q", tc.src, tc.want)
			}
			if err.Error() != tc.want {
				t.Errorf("Validate(%q)\n got: %s\nwant: %s", tc.src, err, tc.want)
			}
		})
	}
}

func TestValidateAccepts(t *testing.T) {
	cases := []struct{ name, src string }{
		{"properties", "class C(B):\n    @property\n    def x(self):\n        return 1\n    @x.setter\n    def x(self, v):\n        pass\n    @staticmethod\n    def s():\n        pass\n    @classmethod\n    def c(cls):\n        pass\n"},
		{"call unpacking", "f(*a, *b, k=1, **c, **d)\n"},
		{"display unpacking", "x = [*a, 1]\ny = *a, *b\nz = {*s}\nd = {**m, 'k': 1}\n"},
		{"starred targets", "a, *b = x\nfor h, *t in rows:\n    pass\n[a, *b] = x\n"},
		{"comprehensions", "x = [i for i in y if i]\ns = {i for i in y}\nd = {k: v for k, v in y}\n"},
		{"return and break", "def f():\n    while True:\n        for x in y:\n            if x:\n                break\n            continue\n        return x\n"},
		{"nonlocal in closure", "def f():\n    n = 0\n    def g():\n        nonlocal n\n        n += 1\n    return g\n"},
		{"global at module level", "global x\nx = 1\n"},
		{"positional only", "def f(a, /, b):\n    pass\n"},
		{"fstrings", "x = f'{a!r:>{w}} {b=}'\n"},
		{"generators", "def g():\n    x = yield\n    yield from h(x)\n    return [y for y in (yield)]\nf = lambda: (yield)\ns = sum(x * x for x in r)\n"},
		{"decorators", "@functools.wraps(f)\n@trace\ndef w():\n    pass\n@register\n@registry[0].add\nclass K:\n    __slots__ = ('a',)\n"},
		{"walrus", "if (n := len(a)) > 3:\n    pass\nwhile (c := f()):\n    pass\nx = [y for v in w if (y := v)]\ndef f():\n    [[(w := 2) for a in b] for c in d]\n"},
		{"with", "with open(p) as f, lock:\n    pass\nwith (a as b, c as d):\n    pass\n"},
		{"raise from", "try:\n    pass\nexcept E as e:\n    raise F() from e\nelse:\n    pass\nfinally:\n    pass\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ParseFile("ok.py", []byte(tc.src)); err != nil {
				t.Errorf("ParseFile(%q): %v", tc.src, err)
			}
		})
	}
}

// TestSupportedListed checks that every "not supported" message carries the
// shared list, so the docs and the errors cannot drift apart.
func TestSupportedListed(t *testing.T) {
	_, err := ParseFile("s.py", []byte("x = a @ b\n"))
	if err == nil || !strings.HasSuffix(err.Error(), "(supported: "+Supported+")") {
		t.Errorf("error %v does not end with the Supported list", err)
	}
}
