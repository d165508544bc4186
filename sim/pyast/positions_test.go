// Cross-check of node positions against CPython 3.12's ast module: the
// testdata/*.pos files are written by testdata/cpython_reference.py (run it
// with CPython 3.12 after adding a test file) and list `Type
// line:col-endline:endcol` for every positioned node, its start (P) and its
// exclusive end (E).

package pyast

import (
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// positionedNodes lists `Type line:col-endline:endcol` for every node of the
// tree that has a position, leaving out the text pieces of f-strings as the
// generator does.
func positionedNodes(n any) []string {
	var out []string
	var visit func(v reflect.Value, inJoinedStr bool)
	visit = func(v reflect.Value, inJoinedStr bool) {
		for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return
			}
			v = v.Elem()
		}
		switch v.Kind() {
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				visit(v.Index(i), inJoinedStr)
			}
			return
		case reflect.Struct:
		default:
			return
		}
		name := v.Type().Name()
		if p := v.FieldByName("P"); p.IsValid() && !(inJoinedStr && name == "Constant") {
			out = append(out, fmt.Sprintf("%s %s-%s", name, p.Interface().(Pos), v.FieldByName("E").Interface().(Pos)))
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Field(i).Type() != posType {
				visit(v.Field(i), name == "JoinedStr")
			}
		}
	}
	visit(reflect.ValueOf(n), false)
	sort.Strings(out)
	return out
}

func TestPositionsMatchCPython(t *testing.T) {
	for _, file := range goldenInputs(t) {
		posFile := strings.TrimSuffix(file, ".py") + ".pos"
		want, err := os.ReadFile(posFile)
		if os.IsNotExist(err) {
			continue // CPython rejects this file
		}
		if err != nil {
			t.Fatal(err)
		}
		t.Run(file, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Parse(file, src)
			if err != nil {
				t.Fatal(err)
			}
			wantLines := strings.Fields(strings.ReplaceAll(string(want), " ", "@"))
			for i := range wantLines {
				wantLines[i] = strings.Replace(wantLines[i], "@", " ", 1)
			}
			sort.Strings(wantLines)
			diffSorted(t, positionedNodes(m), wantLines)
		})
	}
}

// diffSorted reports the entries only one of two sorted lists has.
func diffSorted(t *testing.T, got, want []string) {
	t.Helper()
	count := map[string]int{}
	for _, g := range got {
		count[g]++
	}
	for _, w := range want {
		count[w]--
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch n := count[k]; {
		case n > 0:
			t.Errorf("pyast has %d extra %s", n, k)
		case n < 0:
			t.Errorf("CPython has %d more %s", -n, k)
		}
	}
}
