// This file lets the builtins that consume an iterable take a generator
// without running it from Go. Called from Python code with a generator
// argument, list(), tuple(), set(), dict(), sorted(), sum(), min(), max()
// and str.join() first drain it with a hidden Python loop, and any(),
// all(), enumerate(), zip(), map() and filter() run as hidden Python
// functions (prelude.go): the generator's frame is then resumed by
// FOR_ITER on the interpreter's stack, so its lines are steps and it may
// block or fork, as it may in CPython, whose builtins call the generator
// from C without any such restriction. From Go (syncDepth > 0) the
// builtins run as before.

package pyvm

// drainedBuiltins are the builtins (by universe name) that consume a whole
// iterable; pyBuiltins run as the named prelude function.
var (
	drainedBuiltins = []string{"sorted", "sum", "min", "max"}
	drainedClasses  = []*Class{listClass, tupleClass, setClass, frozensetClass, dictClass}
	pyBuiltins      = map[string]string{"any": "_any", "all": "_all", "enumerate": "_enumerate",
		"zip": "_zip", "map": "_map", "filter": "_filter"}
)

// initGeneratorBuiltins wraps the builtins once the universe and the str
// methods exist (called at the end of methods.go's init).
func initGeneratorBuiltins() {
	for _, name := range drainedBuiltins {
		b := mustBuiltin(universe, name)
		b.fn = drainFirst(b, b.fn)
	}
	join := mustBuiltin(strClass.dict, "join")
	join.fn = drainFirst(join, join.fn)
	for _, name := range sortedKeys(pyBuiltins) {
		b := mustBuiltin(universe, name)
		b.fn = viaPrelude(pyBuiltins[name], b.fn)
	}
}

func mustBuiltin(d *Dict, name string) *Builtin {
	v, _ := d.getStr(name)
	b, ok := v.(*Builtin)
	if !ok {
		panic("pyvm: no builtin " + name)
	}
	return b
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

// generatorArg is the index of the first positional argument that is a
// generator which can still run, or an instance of a class whose __next__
// or __iter__ is Python code (an iterator that may block, as
// multiprocessing.pool's IMapIterator does), or -1.
func generatorArg(args []Value, kw []string) int {
	for i, a := range args[:len(args)-len(kw)] {
		if g, ok := a.(*Generator); ok && (g.state == genCreated || g.state == genSuspended) {
			return i
		}
		if x, ok := a.(*Instance); ok && x.exc == nil {
			if next, found := x.cls.lookup("__next__"); found {
				if _, isPy := next.(*Function); isPy {
					return i
				}
			}
			// An iterable whose __iter__ is Python code (a manager's
			// DictProxy asks its server): the hidden loop calls it as a
			// frame (vm_dunder.go).
			if _, _, isPy := pyDunder(x, "__iter__"); isPy {
				return i
			}
			// Or a sequence iterated through a Python __getitem__ (a
			// manager's ListProxy); not a mapping, which dict() reads
			// through keys().
			_, hasIter := x.cls.lookup("__iter__")
			if _, hasKeys := x.cls.lookup("keys"); !hasIter && !hasKeys {
				if _, _, isPy := pyDunder(x, "__getitem__"); isPy {
					return i
				}
			}
		}
	}
	return -1
}

// pythonFunctionArg reports a positional argument that is Python code
// (map's or filter's function), which may block or fork: the prelude
// version runs it on the interpreter's stack.
func pythonFunctionArg(args []Value, kw []string) bool {
	for _, a := range args[:len(args)-len(kw)] {
		switch f := a.(type) {
		case *Function:
			return true
		case *BoundMethod:
			if _, ok := f.fn.(*Function); ok {
				return true
			}
		}
	}
	return false
}

// drainFirst wraps a builtin so that, called from Python code with a
// generator, it runs _drain_call(self, i, args, kw) instead: the hidden
// loop turns the generator into a list and calls the builtin again.
func drainFirst(self Value, fn nativeFn) nativeFn {
	return func(in *Interp, args []Value, kw []string) (Value, error) {
		if in.syncDepth > 0 {
			return fn(in, args, kw)
		}
		if i := generatorArg(args, kw); i >= 0 {
			return nil, in.drainCall(self, i, args, kw)
		}
		return fn(in, args, kw)
	}
}

// drainCall pushes the hidden _drain_call frame; its result is the
// builtin's.
func (in *Interp) drainCall(self Value, i int, args []Value, kw []string) error {
	return in.drainCallWith("_drain_call", self, i, args, kw)
}

// drainCallWith is drainCall through the prelude function helper.
func (in *Interp) drainCallWith(helper string, self Value, i int, args []Value, kw []string) error {
	npos := len(args) - len(kw)
	kwd := newDict()
	for j, k := range kw {
		kwd.setStr(k, args[npos+j])
	}
	fn, _ := in.prelude.dict.getStr(helper)
	_, pushed, err := in.call(fn, []Value{self, mkInt(int64(i)), newList(copyVals(args[:npos])), kwd}, nil)
	if err == nil && pushed {
		return errFramePushed
	}
	return err
}

// viaPrelude wraps a builtin so that, called from Python code with a
// generator, the prelude function name runs in its place (a frame, or a
// hidden generator for the lazy ones).
func viaPrelude(name string, fn nativeFn) nativeFn {
	return func(in *Interp, args []Value, kw []string) (Value, error) {
		if in.syncDepth > 0 || (generatorArg(args, kw) < 0 && !pythonFunctionArg(args, kw)) {
			return fn(in, args, kw)
		}
		helper, _ := in.prelude.dict.getStr(name)
		r, pushed, err := in.call(helper, args, kw)
		if err == nil && pushed {
			return nil, errFramePushed
		}
		return r, err
	}
}

// runnableGen reports a generator that Python code consuming it should
// resume on the stack: one that can still run, met outside Go callbacks.
func (in *Interp) runnableGen(g *Generator) bool {
	return in.syncDepth == 0 && (g.state == genCreated || g.state == genSuspended)
}

// drainTop is for the instructions that consume a whole iterable
// (LIST_EXTEND and SET_UPDATE for [*g] and f(*g), UNPACK_SEQUENCE and
// UNPACK_EX for a, b = g): a generator on top of the stack is replaced by
// the list a hidden loop builds, and the instruction runs again when the
// loop returns it.
func (in *Interp) drainTop(f *Frame) (bool, error) {
	g, ok := f.top().(*Generator)
	if !ok || !in.runnableGen(g) {
		return false, nil
	}
	f.pop()
	f.ip--
	helper, _ := in.prelude.dict.getStr("_drain")
	if _, _, err := in.call(helper, []Value{g}, nil); err != nil {
		f.ip++
		f.push(g)
		return true, err
	}
	return true, nil
}

// containsGen is `x in g` and `x not in g` for a generator g: a hidden
// loop stops at the first match, leaving the rest of g unconsumed.
func (in *Interp) containsGen(f *Frame, op cmpop) error {
	name := "_contains"
	if op == cmpNotIn {
		name = "_not_contains"
	}
	g := f.pop()
	x := f.pop()
	helper, _ := in.prelude.dict.getStr(name)
	if _, _, err := in.call(helper, []Value{g, x}, nil); err != nil {
		f.push(x)
		f.push(g)
		return err
	}
	return nil
}

// drainClassArgs is the same for list(g), tuple(g), set(g) and dict(g).
func (in *Interp) drainClassArgs(c *Class, args []Value, kw []string) (bool, error) {
	if in.syncDepth > 0 {
		return false, nil
	}
	for _, dc := range drainedClasses {
		if c == dc {
			if i := generatorArg(args, kw); i >= 0 {
				helper := "_drain_call"
				if x, ok := args[i].(*Instance); ok && c == dictClass {
					// dict() reads a mapping through keys(), not by
					// iterating it (a Counter, a defaultdict).
					if _, hasKeys := x.cls.lookup("keys"); hasKeys {
						helper = "_drain_mapping_call"
					}
				}
				return true, in.drainCallWith(helper, c, i, args, kw)
			}
			return false, nil
		}
	}
	return false, nil
}
