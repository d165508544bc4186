// Unparse against the strings CPython 3.11–3.13 store for annotations under
// `from __future__ import annotations` (3.8 folds constants first:
// '2 ** -1' is '0.5' there).

package pyast

import "testing"

func TestUnparseMatchesCPython(t *testing.T) {
	cases := []struct{ src, want string }{
		{"int", "int"},
		{"List[str]", "List[str]"},
		{"Dict[str, int]", "Dict[str, int]"},
		{"x.y.z", "x.y.z"},
		{`Optional["Node"]`, "Optional['Node']"},
		{"int | None", "int | None"},
		{"a + b * c", "a + b * c"},
		{"(a + b) * c", "(a + b) * c"},
		{"-x", "-x"},
		{"not x", "not x"},
		{"f(a, b=1, **k)", "f(a, b=1, **k)"},
		{"Tuple[()]", "Tuple[()]"},
		{"Tuple[int]", "Tuple[int]"},
		{"Tuple[int,]", "Tuple[int,]"},
		{"2 ** -1", "2 ** (-1)"},
		{"(a, b)", "(a, b)"},
		{"[int, str]", "[int, str]"},
		{"None", "None"},
		{"...", "..."},
		{"'it''s'", "'its'"},
		{"1.5", "1.5"},
		{"a ** b ** c", "a ** b ** c"},
		{"(a ** b) ** c", "(a ** b) ** c"},
		{"a - (b - c)", "a - (b - c)"},
		{"Callable[..., int]", "Callable[..., int]"},
		{`Literal['a', "b"]`, "Literal['a', 'b']"},
		{"x[1:2]", "x[1:2]"},
		{"-(-x)", "--x"},
		{"f(*a)", "f(*a)"},
	}
	for _, tc := range cases {
		m, err := Parse("u.py", []byte("x = "+tc.src+"\n"))
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		if got := Unparse(m.Body[0].(*Assign).Value); got != tc.want {
			t.Errorf("Unparse(%s) = %q, want %q", tc.src, got, tc.want)
		}
	}
}
