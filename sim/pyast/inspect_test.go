// This file tests Inspect: it reaches every node that the tree holds
// (checked against a reflection walk of the node structs), calls f(nil)
// once per node whose children it visited, and goes in source order.

package pyast

import (
	"os"
	"reflect"
	"testing"
)

var nodeType = reflect.TypeOf((*Node)(nil)).Elem()

// reflectNodes collects every non-nil Node reachable through fields,
// slices and pointers of v: what a complete walk must visit.
func reflectNodes(v reflect.Value, out map[Node]bool) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return
		}
		if v.Type().Implements(nodeType) {
			out[v.Interface().(Node)] = true
		}
		if v.Kind() == reflect.Interface {
			reflectNodes(v.Elem(), out)
			return
		}
		reflectNodes(v.Elem(), out)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			reflectNodes(v.Field(i), out)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			reflectNodes(v.Index(i), out)
		}
	}
}

func TestInspectVisitsEveryNodeInSourceOrder(t *testing.T) {
	for _, file := range goldenInputs(t) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		m, err := Parse(file, src)
		if err != nil {
			continue
		}
		want := map[Node]bool{}
		reflectNodes(reflect.ValueOf(m), want)
		got := map[Node]bool{}
		depth, last := 0, Pos{}
		var stack []Node
		Inspect(m, func(n Node) bool {
			if n == nil {
				depth--
				stack = stack[:len(stack)-1]
				return false
			}
			if got[n] {
				t.Errorf("%s: %T at %v visited twice", file, n, n.Position())
			}
			got[n] = true
			p := n.Position()
			if p.Line < last.Line || p.Line == last.Line && p.Col < last.Col {
				if !underDecoratedDef(stack) {
					t.Errorf("%s: %T at %v visited after %v", file, n, p, last)
				}
			}
			last = p
			depth++
			stack = append(stack, n)
			return true
		})
		if depth != 0 {
			t.Errorf("%s: %d more nodes entered than left", file, depth)
		}
		for n := range want {
			if !got[n] {
				t.Errorf("%s: %T at %v never visited", file, n, n.Position())
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: visited %d nodes, the tree holds %d", file, len(got), len(want))
		}
	}
}

// underDecoratedDef reports whether the walk is inside a decorated def or
// class: its decorators precede its own position (the `def` line).
func underDecoratedDef(stack []Node) bool {
	for _, n := range stack {
		switch n := n.(type) {
		case *FunctionDef:
			if len(n.Decorators) > 0 {
				return true
			}
		case *ClassDef:
			if len(n.Decorators) > 0 {
				return true
			}
		}
	}
	return false
}

func TestInspectPrune(t *testing.T) {
	m, err := Parse("p.py", []byte("def f(a=b):\n    return c\nx = d\n"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	Inspect(m, func(n Node) bool {
		switch n := n.(type) {
		case *FunctionDef:
			return false // skip the default and the body
		case *Name:
			names = append(names, n.Id)
		}
		return true
	})
	if len(names) != 2 || names[0] != "x" || names[1] != "d" {
		t.Errorf("names = %v, want [x d]", names)
	}
}
