package pyast

import (
	"slices"
	"testing"
)

func TestUncited(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []int
	}{
		{"cited class and function", "class A:\n    # a.py A\n    pass\n\ndef f(x):\n    # a.py f\n    a = 1\n    b = 2\n    return a + b\n", nil},
		{"uncited class", "class A:\n    pass\n", []int{0}},
		{"short function is exempt", "def f():\n    return 1\n", nil},
		{"long function without comment", "def f():\n    a = 1\n    b = 2\n    c = 3\n    return a\n", []int{0}},
		{"header over two lines", "def f(a,\n      b):\n    # a.py f\n    x = 1\n    y = 2\n    return x\n", nil},
		{"nested method", "class A:\n    # a.py A\n    def m(self):\n        a = 1\n        b = 2\n        c = 3\n        return a\n", []int{2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Uncited(tc.src); !slices.Equal(got, tc.want) {
				t.Errorf("Uncited = %v, want %v", got, tc.want)
			}
		})
	}
}
