// This file implements the native side of the warnings module (pylib's
// warnings.py): where a warning is attributed (warn's walk up the stack,
// Python/_warnings.c setup_context), the source line formatwarning shows
// (what linecache would read), and the DeprecationWarnings the VM issues
// itself (os.fork with threads, threading's old method names). Those go
// through the program's warnings module once it is imported, so its
// filters, catch_warnings and showwarning apply as in CPython, whose
// warnings.py and C warnings share one state; before, CPython's default
// filters decide, here.

package pyvm

import (
	"fmt"
	"strings"
)

// visibleFrame is the frame level calls out from the innermost frame the
// program can see (runtime-internal frames do not count); nil past the
// outermost.
func (in *Interp) visibleFrame(level int) *Frame {
	for i := len(in.t.frames) - 1; i >= 0; i-- {
		f := in.t.frames[i]
		if f.code.Hidden {
			continue
		}
		if level == 0 {
			return f
		}
		level--
	}
	return nil
}

// callLine is the line frame f is running: the call it is in, if it
// called out.
func callLine(f *Frame) int {
	if f.ip > 0 {
		return f.line(false)
	}
	return f.line(true)
}

// zlWarnContext is _zombielab.warn_context(stacklevel, skip_file_prefixes),
// called by warnings.warn: what C's warn learns from
// the stack (Python/_warnings.c setup_context): (globals, filename,
// lineno) of warn's caller (stacklevel 1 or less) or of the frame
// stacklevel-1 calls further out, not counting frames of a file that
// starts with one of skip_file_prefixes (3.12). Past the outermost frame
// it is sys's dict with "sys", line 1, which 3.13 made "<sys>", line 0.
func zlWarnContext(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("warn_context", args, kw, 2, 2); err != nil {
		return nil, err
	}
	level, ok := asInt(args[0])
	if !ok {
		return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(args[0]))
	}
	var skip []string
	if t, ok := args[1].(*Tuple); ok {
		for _, p := range t.items {
			if p, ok := p.(Str); ok {
				skip = append(skip, string(p))
			}
		}
	}
	// warn and its helpers are hidden (C in CPython): the innermost
	// visible frame is warn's caller.
	i := len(in.t.frames)
	up := func() *Frame {
		for i--; i >= 0; i-- {
			if f := in.t.frames[i]; !f.code.Hidden {
				return f
			}
		}
		return nil
	}
	f := up()
	for ; level > 1 && f != nil; level-- {
		for f = up(); f != nil && hasAnyPrefix(f.code.File, skip); f = up() {
		}
	}
	if f != nil {
		return newTuple([]Value{f.globals, Str(f.code.File), mkInt(int64(callLine(f)))}), nil
	}
	var globals Value = newDict()
	if m, ok := in.modules.getStr("sys"); ok {
		if m, ok := m.(*Module); ok {
			globals = m.dict
		}
	}
	if in.cfg.Version.AtLeast(3, 13) {
		return newTuple([]Value{globals, Str("<sys>"), mkInt(0)}), nil
	}
	return newTuple([]Value{globals, Str("sys"), mkInt(1)}), nil
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// zlFrameGlobals is _zombielab.frame_globals(level): the globals of the
// frame level calls out from the Python function calling it (0: that
// function's own), as sys._getframe(level).f_globals; None past the
// outermost frame. Library code uses it to learn its caller's module
// (namedtuple's module=None).
func zlFrameGlobals(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("frame_globals", args, kw, 1, 1); err != nil {
		return nil, err
	}
	level, ok := asInt(args[0])
	if !ok || level < 0 {
		return nil, newValueError("frame_globals() needs a level >= 0")
	}
	if f := in.visibleFrame(int(level)); f != nil {
		return f.globals, nil
	}
	return None, nil
}

// zlSourceLine is _zombielab.source_line(filename, lineno): that line of a
// file the program runs (the main file, a library module), unstripped, or
// "" as linecache.getline gives for what it cannot read.
func zlSourceLine(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("source_line", args, kw, 2, 2); err != nil {
		return nil, err
	}
	file, ok := args[0].(Str)
	n, isInt := asInt(args[1])
	if !ok || !isInt {
		return Str(""), nil
	}
	code := in.codeOfFile(string(file))
	if code == nil || n < 1 || int(n) > len(code.srcLines) {
		return Str(""), nil
	}
	return Str(code.srcLines[n-1] + "\n"), nil
}

// codeOfFile is a compiled code object of the file named file: from the
// running threads' frames (the main file's module frame is at the bottom
// of the main thread's stack) or the imported modules.
func (in *Interp) codeOfFile(file string) *Code {
	for _, t := range in.threads {
		for _, f := range t.frames {
			if f.code.File == file && !f.code.Hidden {
				return f.code
			}
		}
	}
	for _, c := range in.codeCache {
		if c.File == file && !c.Hidden {
			return c
		}
	}
	return nil
}

// warnDeprecation is warnings.warn(text, DeprecationWarning) attributed to
// frame f. With the program's warnings module imported it is that
// module's warn_explicit. Before, CPython's default filters decide
// (Python/_warnings.c init_filters: "default::DeprecationWarning:__main__",
// then "ignore::DeprecationWarning"): shown only when f's module is
// __main__, once per (text, category, line) in that module's
// __warningregistry__ (which a fork copies: a child warns again only where
// the text differs, as the pid in the fork warning does), in
// formatwarning's form: "FILE:LINE: DeprecationWarning: TEXT" and the
// stripped source line.
func (in *Interp) warnDeprecation(f *Frame, text string) error {
	line := callLine(f)
	name, ok := f.globals.getStr("__name__")
	if !ok {
		name = Str("<string>")
	}
	registry, _ := f.globals.getStr("__warningregistry__")
	reg, ok := registry.(*Dict)
	if !ok {
		reg = newDict()
		f.globals.setStr("__warningregistry__", reg)
	}
	if explicit := in.warningsFunc("warn_explicit"); explicit != nil {
		_, err := in.callSync(explicit, []Value{Str(text), deprecationWarnClass, Str(f.code.File), mkInt(int64(line)), name, reg, f.globals}, nil)
		return err
	}
	if name != Str("__main__") {
		return nil
	}
	// The registry of filters' version 0: no program changed them.
	if v, _, _ := reg.t.get(Str("version")); v != mkInt(0) {
		reg.t.clear()
		if err := in.setItem(reg, Str("version"), mkInt(0)); err != nil {
			return err
		}
	}
	key := newTuple([]Value{Str(text), deprecationWarnClass, mkInt(int64(line))})
	if seen, _, _ := reg.t.get(key); seen != nil {
		return nil
	}
	if err := in.setItem(reg, key, trueV); err != nil {
		return err
	}
	msg := fmt.Sprintf("%s:%d: DeprecationWarning: %s\n", f.code.File, line, text)
	if src := f.code.sourceLine(line); src != "" {
		msg += "  " + src + "\n"
	}
	in.stderr.write(in, msg)
	in.stderr.flush(in)
	return nil
}

// warningsFunc is the function name of the program's warnings module, if
// it imported it (pylib's: it has _zombielab_filters_version).
func (in *Interp) warningsFunc(name string) Value {
	m, ok := in.modules.getStr("warnings")
	if !ok {
		return nil
	}
	mod, ok := m.(*Module)
	if !ok {
		return nil
	}
	if _, ours := mod.dict.getStr("_filters_version"); !ours {
		return nil
	}
	fn, _ := mod.dict.getStr(name)
	return fn
}

// zlWarnDeprecated is _zombielab.warn_deprecated(text): the library's
// warnings.warn(text, DeprecationWarning, stacklevel=2), attributed to the
// caller of the library function that calls it.
func zlWarnDeprecated(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("warn_deprecated", args, kw, 1, 1); err != nil {
		return nil, err
	}
	text, ok := args[0].(Str)
	if !ok {
		return nil, newTypeError("warn_deprecated() argument must be str, not %s", typeName(args[0]))
	}
	if f := in.visibleFrame(1); f != nil {
		if err := in.warnDeprecation(f, string(text)); err != nil {
			return nil, err
		}
	}
	return None, nil
}
