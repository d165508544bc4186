// This file implements Dump, a stable indented text form of a syntax tree for
// golden tests and debugging: one node per line, its start position, its
// scalar fields inline, its children indented below under their field names.
// End positions are left out; positions_test.go checks them against CPython.

package pyast

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

var (
	posType     = reflect.TypeOf(Pos{})
	contextType = reflect.TypeOf(Context(0))
)

// Dump renders a *Module, a node, or any value holding nodes.
func Dump(n any) string {
	var b strings.Builder
	dumpValue(&b, "", reflect.ValueOf(n), 0)
	return b.String()
}

func dumpValue(b *strings.Builder, label string, v reflect.Value, indent int) {
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if v.Kind() == reflect.Slice {
		for i := 0; i < v.Len(); i++ {
			dumpValue(b, fmt.Sprintf("%s[%d]", label, i), v.Index(i), indent)
		}
		return
	}
	if v.Kind() != reflect.Struct {
		return
	}
	b.WriteString(strings.Repeat("  ", indent))
	if label != "" {
		b.WriteString(label + ": ")
	}
	b.WriteString(v.Type().Name())
	if c, ok := v.Interface().(Constant); ok {
		b.WriteString(" @" + c.P.String() + " " + constantText(&c) + "\n")
		return
	}
	var children []int
	for i := 0; i < v.NumField(); i++ {
		f, ft := v.Field(i), v.Type().Field(i)
		if ft.Name == "E" && f.Type() == posType {
			continue
		}
		if text, ok := scalarText(f); ok {
			if f.Type() == posType {
				b.WriteString(" @" + text)
			} else if text != "" {
				b.WriteString(" " + ft.Name + "=" + text)
			}
			continue
		}
		children = append(children, i)
	}
	b.WriteString("\n")
	for _, i := range children {
		dumpValue(b, v.Type().Field(i).Name, v.Field(i), indent+1)
	}
}

// scalarText renders a field shown inline; "" means a zero value left out.
// It reports false for fields holding nodes.
func scalarText(f reflect.Value) (string, bool) {
	switch {
	case f.Type() == posType:
		return f.Interface().(Pos).String(), true
	case f.Type() == contextType:
		return f.Interface().(Context).String(), true
	}
	if f.IsZero() && f.Kind() != reflect.Interface && f.Kind() != reflect.Pointer && f.Kind() != reflect.Slice {
		return "", true
	}
	switch f.Kind() {
	case reflect.String:
		return strconv.Quote(f.String()), true
	case reflect.Int32:
		return strconv.QuoteRune(rune(f.Int())), true
	case reflect.Int, reflect.Int64:
		return strconv.FormatInt(f.Int(), 10), true
	case reflect.Bool:
		return strconv.FormatBool(f.Bool()), true
	case reflect.Slice:
		if f.Type().Elem().Kind() == reflect.String {
			return fmt.Sprintf("%q", f.Interface()), true
		}
	}
	return "", false
}

// constantText shows a constant's kind and the field that holds its value.
func constantText(c *Constant) string {
	switch c.Kind {
	case ConstBool:
		return "Bool=" + strconv.FormatBool(c.Bool)
	case ConstInt:
		return "Int=" + strconv.FormatInt(c.Int, 10)
	case ConstBigInt:
		return "BigInt=" + c.Str
	case ConstFloat, ConstComplex:
		return c.Kind.String() + "=" + strconv.FormatFloat(c.Float, 'g', -1, 64)
	case ConstStr, ConstBytes:
		return c.Kind.String() + "=" + strconv.Quote(c.Str)
	}
	return c.Kind.String()
}
