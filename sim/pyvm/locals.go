// The variables a learner sees beside the code: the innermost frame of the
// program's own file, each variable with a short, bounded glimpse of its
// value. Like inspect.go it reads objects directly and never runs Python
// code (no __repr__, no __hash__, no id() numbering), so looking changes
// nothing a later line could observe: a run records the same trace with
// the variables shown or not.

package pyvm

import (
	"strconv"
	"strings"
)

// Var is one variable of a frame: its name and a glimpse of its value.
type Var struct {
	Name, Value string
}

// Glimpse bounds, in bytes of text and in objects visited.
const (
	glimpseMax   = 60 // a value's text, "…" past it
	glimpseDepth = 3  // containers inside containers
	glimpseItems = 8  // items of one container before "…"
	// glimpseSetMax is the largest set shown item by item: finding a
	// set's order costs a copy of its table, every line it is shown.
	glimpseSetMax = 64
	// MaxVars is how many variables of a frame are kept; the rest are
	// counted in a last Var named "…".
	MaxVars = 24
)

// UserLocals returns the variables of the running thread's innermost frame
// whose code comes from file (the scenario): a function's parameters and
// locals that are bound, in definition order, or, at module level, the
// module's globals in insertion order without dunder names, modules,
// functions and classes (what a learner assigned; the same kinds are left out of a function's locals). fn is the frame's
// function name ("<module>" at module level); ok is false when no frame of
// file is on the stack (start-up, a thread in library code only). vars is
// appended to dst.
func (in *Interp) UserLocals(file string, dst []Var) (fn string, vars []Var, ok bool) {
	if in.t == nil {
		return "", dst, false
	}
	frames := in.t.frames
	for i := len(frames) - 1; i >= 0; i-- {
		f := frames[i]
		if f.code.Hidden || f.code.File != file {
			continue
		}
		return f.code.Name, in.appendFrameVars(dst, f), true
	}
	return "", dst, false
}

func (in *Interp) appendFrameVars(dst []Var, f *Frame) []Var {
	n := 0
	add := func(name string, v Value) {
		if !shownValue(v) {
			return
		}
		if n++; n <= MaxVars {
			dst = append(dst, Var{name, in.Glimpse(v)})
		}
	}
	if f.code.Kind != kindFunction && f.ns != nil {
		// Module or class body: its namespace.
		for _, e := range f.ns.t.entries {
			name, ok := e.key.(Str)
			if !e.live() || !ok || strings.HasPrefix(string(name), "__") && strings.HasSuffix(string(name), "__") {
				continue
			}
			add(string(name), e.val)
		}
	} else {
		for i, name := range f.code.Locals {
			if i < len(f.locals) && f.locals[i] != nil {
				add(name, f.locals[i])
			}
		}
		cellNames := len(f.code.CellVars)
		for i, c := range f.cells {
			if c == nil || c.v == nil {
				continue
			}
			name := ""
			if i < cellNames {
				name = f.code.CellVars[i]
			} else if j := i - cellNames; j < len(f.code.FreeVars) {
				name = f.code.FreeVars[j]
			}
			if name != "" && !(i < cellNames && f.code.cell2arg != nil && f.code.cell2arg[i] >= 0 && f.locals[f.code.cell2arg[i]] != nil) {
				add(name, c.v)
			}
		}
	}
	if n > MaxVars {
		dst = append(dst, Var{"…", strconv.Itoa(n-MaxVars) + " more"})
	}
	return dst
}

// shownValue says whether a variable holds data a learner assigned, not a
// module, function or class (whose definitions the code panel shows).
func shownValue(v Value) bool {
	switch v.(type) {
	case *Module, *Function, *Class, *Builtin:
		return false
	}
	return true
}

// Glimpse is a short text for a value, as repr() would start it, cut at
// about 60 bytes with "…". Instances of classes show their public
// attributes (Point(x=1, y=2)), a multiprocessing process object its pid;
// nothing runs Python code.
func (in *Interp) Glimpse(v Value) string {
	g := glimpser{in: in}
	g.value(v, 0)
	s := g.b.String()
	if g.cut || len(s) > glimpseMax {
		s = cutText(s, glimpseMax) + "…"
	}
	return s
}

type glimpser struct {
	in  *Interp // the version's hashes, for a set's order; nil: none
	b   strings.Builder
	cut bool
}

func (g *glimpser) full() bool {
	if g.b.Len() > glimpseMax {
		g.cut = true
	}
	return g.cut
}

func (g *glimpser) w(s string) { g.b.WriteString(s) }

func (g *glimpser) value(v Value, depth int) {
	if g.full() {
		return
	}
	switch x := v.(type) {
	case *List:
		g.seq("[", "]", x.items, depth)
	case *Tuple:
		if c := userTupleClass(x); c != nil {
			g.tupleSub(x, c, depth)
			return
		}
		if len(x.items) == 1 && depth < glimpseDepth {
			g.w("(")
			g.value(x.items[0], depth+1)
			g.w(",)")
			return
		}
		g.seq("(", ")", x.items, depth)
	case *Dict:
		g.dict(x, depth)
	case *Set:
		g.set(x, depth)
	case *DictView:
		g.view(x, depth)
	case *Instance:
		g.instance(x, depth)
	case Str:
		s := string(x)
		if len(s) > glimpseMax {
			s = cutText(s, glimpseMax)
			g.cut = true
		}
		g.w(strRepr(s))
	case Bytes:
		s := string(x)
		if len(s) > glimpseMax {
			s = s[:glimpseMax]
			g.cut = true
		}
		g.w(bytesRepr(s))
	case *BigInt:
		if x.v.BitLen() > 200 {
			g.w("<int of " + strconv.Itoa(x.v.BitLen()) + " bits>")
			return
		}
		g.w(x.v.String())
	case *Function:
		if g.in != nil {
			x = g.in.fnView(x)
		}
		g.w("<function " + x.qualname + ">")
	case *Generator:
		g.w("<generator " + x.qualname + ">")
	case *BoundMethod:
		g.w("<bound method>")
	default:
		// Scalars, ranges, classes, modules: repr without running Python
		// code and without an address (which would number the object).
		s := reprNoCall(v)
		if i := strings.Index(s, " at 0x"); i >= 0 && strings.HasSuffix(s, ">") {
			s = s[:i] + ">"
		}
		g.w(s)
	}
}

func (g *glimpser) seq(open, close string, items []Value, depth int) {
	g.named(open, close, items, nil, depth)
}

// named is seq with "name=" before each item that names has a str for.
func (g *glimpser) named(open, close string, items, names []Value, depth int) {
	if depth >= glimpseDepth && len(items) > 0 {
		g.w(open + "…" + close)
		return
	}
	g.w(open)
	for i, it := range items {
		if i > 0 {
			g.w(", ")
		}
		if i == glimpseItems || g.full() {
			g.w("…")
			g.cut = false // the container says it is cut
			break
		}
		if i < len(names) {
			if n, ok := names[i].(Str); ok {
				g.w(string(n) + "=")
			}
		}
		g.value(it, depth+1)
	}
	g.w(close)
}

// tupleSub shows an instance of a tuple subclass as its class and items,
// with a namedtuple's field names (its _fields), as its repr would.
func (g *glimpser) tupleSub(x *Tuple, c *Class, depth int) {
	var names []Value
	if f, ok := c.lookup("_fields"); ok {
		if ft, ok := f.(*Tuple); ok && len(ft.items) == len(x.items) {
			names = ft.items
		}
	}
	g.named(c.name+"(", ")", x.items, names, depth)
}

func (g *glimpser) dict(d *Dict, depth int) {
	if depth >= glimpseDepth && d.t.live > 0 {
		g.w("{…}")
		return
	}
	g.w("{")
	i := 0
	for _, e := range d.t.entries {
		if !e.live() || isSentinel(e.key) {
			continue
		}
		if i > 0 {
			g.w(", ")
		}
		if i == glimpseItems || g.full() {
			g.w("…")
			g.cut = false
			break
		}
		i++
		g.value(e.key, depth+1)
		g.w(": ")
		if e.val == Value(d) {
			g.w("{...}")
		} else {
			g.value(e.val, depth+1)
		}
	}
	g.w("}")
}

// set glimpses a set in its iteration order when that order needs no
// Python code to find (every key hashes natively), computed on a copy of
// its table so that looking leaves the set as it was; otherwise it says
// how many items it has (as it does for a set of more than glimpseSetMax).
func (g *glimpser) set(s *Set, depth int) {
	frozen := s.t.frozen()
	name := "set"
	if frozen {
		name = "frozenset"
	}
	n := 0
	for _, e := range s.t.entries {
		if e.live() && !isSentinel(e.key) && e.key != frozenMark {
			n++
		}
	}
	if n <= 0 {
		g.w(name + "()")
		return
	}
	var keys []Value
	if g.in != nil && n <= glimpseSetMax && nativeHashes(s.t.entries) {
		c := &Set{t: s.t}
		c.t.entries = append([]entry(nil), s.t.entries...)
		c.t.index, c.t.sidx = nil, nil
		if ks, err := g.in.setKeys(c); err == nil {
			keys = ks
		}
	}
	if keys == nil || depth >= glimpseDepth {
		items := " items)"
		if n == 1 {
			items = " item)"
		}
		g.w(name + "(" + strconv.Itoa(n) + items)
		return
	}
	if frozen {
		g.w("frozenset(")
	}
	g.seq("{", "}", keys, depth)
	if frozen {
		g.w(")")
	}
}

// nativeHashes reports whether every live key is a value whose hash needs
// no Python code.
func nativeHashes(es []entry) bool {
	for _, e := range es {
		if e.live() && !isSentinel(e.key) && e.key != frozenMark && !nativeHash(e.key) {
			return false
		}
	}
	return true
}

func nativeHash(v Value) bool {
	switch x := v.(type) {
	case Int, Str, Bytes, Bool, NoneType, Float:
		return true
	case *Tuple:
		for _, it := range x.items {
			if !nativeHash(it) {
				return false
			}
		}
		return true
	}
	return false
}

// instance glimpses an object: a multiprocessing process object as
// "<Process pid=1003>" (its _popen's pid, once started), an enum member as
// Enum's repr "<Color.RED: 1>", an exception as its repr, any other as its
// class name and public attributes.
func (g *glimpser) instance(x *Instance, depth int) {
	name := x.cls.name
	if x.mapping != nil {
		// A dict subclass's instance: its class and items, as Counter's
		// and OrderedDict's reprs show them.
		g.w(name + "(")
		g.dict(x.mapping, depth)
		g.w(")")
		return
	}
	if x.seq != nil {
		g.w(name + "(")
		g.seq("[", "]", x.seq.items, depth)
		g.w(")")
		return
	}
	if x.exc != nil {
		g.w(name)
		g.seq("(", ")", x.exc.args.items, depth)
		return
	}
	if m := metaOf(x.cls); m != nil && m.module == "enum" {
		// An enum member: as Enum.__repr__ shows it, <Color.RED: 1>.
		if n, ok := instanceAttr(x, "_name_"); ok {
			if v, ok := instanceAttr(x, "_value_"); ok {
				if s, ok := n.(Str); ok {
					g.w("<" + name + "." + string(s) + ": ")
					g.value(v, depth+1)
					g.w(">")
					return
				}
			}
		}
	}
	if strings.HasPrefix(x.cls.module, "multiprocessing") {
		if popen, ok := instanceAttr(x, "_popen"); ok {
			if pid, ok := instanceAttr(popen, "pid"); ok {
				if n, ok := pid.(Int); ok {
					g.w("<" + name + " pid=" + strconv.Itoa(int(n)) + ">")
					return
				}
			}
		}
	}
	if x.dict == nil || depth >= glimpseDepth {
		g.w("<" + name + ">")
		return
	}
	shown := 0
	for _, e := range x.dict.t.entries {
		k, ok := e.key.(Str)
		if !e.live() || !ok || strings.HasPrefix(string(k), "_") {
			continue
		}
		if shown == 0 {
			g.w(name + "(")
		} else {
			g.w(", ")
		}
		if shown == glimpseItems || g.full() {
			g.w("…")
			g.cut = false
			break
		}
		shown++
		g.w(string(k) + "=")
		g.value(e.val, depth+1)
	}
	if shown == 0 {
		g.w("<" + name + ">")
		return
	}
	g.w(")")
}

// cutText shortens s to at most n bytes without splitting a character.
func cutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xc0 == 0x80 {
		n--
	}
	return s[:n]
}

// view shows a dict view as its repr would: dict_keys([...]).
func (g *glimpser) view(v *DictView, depth int) {
	g.w(v.cls.name + "(")
	g.seq("[", "]", v.values(glimpseItems+1), depth)
	g.w(")")
}
