// This file implements `import`: native modules are built per interpreter on
// first import; modelled pure-Python modules come from the Loader and run as
// frames (their lines are steps too), registered in sys.modules before their
// body runs, as CPython's importlib does.

package pyvm

import (
	"maps"
	"sort"
	"strings"
)

// nativeModules builds the modules implemented in Go.
var nativeModules map[string]func(in *Interp) *Module

func init() {
	nativeModules = map[string]func(in *Interp) *Module{
		"os":         newOSModule,
		"time":       newTimeModule,
		"signal":     newSignalModule,
		"sys":        newSysModule,
		"atexit":     newAtexitModule,
		"_thread":    newThreadModule,
		"select":     newSelectModule,
		"errno":      newErrnoModule,
		"itertools":  newItertoolsModule,
		"traceback":  newTracebackModule,
		"weakref":    newWeakrefModule,
		"_zombielab": newZombielabModule,
		"builtins":   func(in *Interp) *Module { return in.builtins },
	}
}

// hiddenLibrary are the modules CPython writes in C that the Loader
// serves in Python: they run as hidden code (no line events, no traceback
// entries), as C code does, and take the place of the native module of the
// same name (itertools: the native one has only count, for a VM without a
// Loader).
var hiddenLibrary = map[string]bool{"itertools": true, "pickle": true, "re": true, "random": true}

// PendingModules are library modules written for a feature the VM does not
// have yet, with what they wait for: importing one is refused with that
// reason, not with the library's own compile error.
var PendingModules = map[string]string{}

// LibraryModules names the pure-Python modules the simulator's Loader
// serves (multiprocessing, sim/pylib's library), for the message that
// refuses an unsupported import. Package sim sets it once, at init.
var LibraryModules []string

// nativeModuleNames lists the public native modules, and LibraryModules,
// in sorted order (_zombielab is the multiprocessing model's private one).
func nativeModuleNames() []string {
	var ns []string
	for _, n := range LibraryModules {
		if _, native := nativeModules[n]; !native {
			ns = append(ns, n)
		}
	}
	for n := range nativeModules {
		if strings.HasPrefix(n, "_") {
			continue
		}
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

// moduleAvailable reports whether `import name` can succeed.
func (in *Interp) moduleAvailable(name string) bool {
	if _, pending := PendingModules[strings.SplitN(name, ".", 2)[0]]; pending {
		return false
	}
	if _, ok := nativeModules[name]; ok {
		return true
	}
	if in.cfg.Loader != nil {
		if _, _, ok := in.cfg.Loader(name); ok {
			return true
		}
	}
	return false
}

// opImportName is IMPORT_NAME. "a.b" pushes a (binding `import a.b`), ".a.b"
// pushes a.b itself (for `from a.b import x`). A module written in Python
// runs as a frame; when it returns, this instruction runs again and finds it.
func (in *Interp) opImportName(f *Frame, spec string) error {
	want := strings.TrimPrefix(spec, ".")
	parts := strings.Split(want, ".")
	if internalModules[parts[0]] && !in.cfg.internal && !in.libraryCode(f) {
		// The simulator's own hooks, which CPython does not have.
		return moduleNotFound(parts[0])
	}
	var top, last *Module
	for i := range parts {
		name := strings.Join(parts[:i+1], ".")
		m, pushed, err := in.importOne(name)
		if err != nil || pushed {
			return err
		}
		if last != nil {
			last.dict.setStr(parts[i], m)
		}
		if top == nil {
			top = m
		}
		last = m
	}
	if spec[0] == '.' {
		f.push(last)
	} else {
		f.push(top)
	}
	return nil
}

// internalModules are the simulator's modules that only the library it
// models may import: a program gets CPython's ModuleNotFoundError.
var internalModules = map[string]bool{"_zombielab": true, "_zombielab_shm": true}

// libraryCode reports whether frame f runs the code of a library module:
// its globals are those of a module in sys.modules under the name they
// give, other than the program's own.
func (in *Interp) libraryCode(f *Frame) bool {
	n, _ := f.globals.getStr("__name__")
	s, ok := n.(Str)
	if !ok || s == "__main__" || s == "__mp_main__" {
		return false
	}
	m, _ := in.modules.getStr(string(s))
	mod, ok := m.(*Module)
	return ok && mod.dict == f.globals
}

// importOne returns a module already in sys.modules or makes it; pushed
// reports that its body was pushed as a frame to run first.
func (in *Interp) importOne(name string) (*Module, bool, error) {
	if m, ok := in.modules.getStr(name); ok {
		if mod, ok := m.(*Module); ok {
			return mod, false, nil
		}
	}
	var file string
	var src []byte
	found := false
	if hiddenLibrary[name] && in.cfg.Loader != nil {
		file, src, found = in.cfg.Loader(name)
	}
	if build, ok := nativeModules[name]; ok && !found {
		m := in.gate(build(in))
		in.modules.setStr(name, m)
		return m, false, nil
	}
	if in.cfg.Loader == nil {
		return nil, false, moduleNotFound(name)
	}
	if !found {
		file, src, found = in.cfg.Loader(name)
	}
	if !found {
		return nil, false, moduleNotFound(name)
	}
	code, ok := in.codeCache[name]
	if !ok {
		var err error
		code, err = in.compileSource(file, src, hiddenLibrary[name])
		if err != nil {
			return nil, false, raisef(importErrorClass, "%s", err.Error())
		}
		in.cacheCode(name, code)
	}
	m := in.newModule(name, file)
	in.modules.setStr(name, m)
	mf := in.moduleFrame(code, m)
	mf.ret = retRetry
	if err := in.pushFrame(mf); err != nil {
		return nil, false, err
	}
	// The importing instruction must run again once the body has returned.
	caller := in.t.frames[len(in.t.frames)-2]
	caller.ip--
	return m, true, nil
}

// opImportFrom is IMPORT_FROM: an attribute, or a submodule to import.
func (in *Interp) opImportFrom(f *Frame, name string) error {
	m := f.top()
	if mod, ok := m.(*Module); ok {
		if v, ok := mod.dict.getStr(name); ok && !mod.lacks(name) {
			f.push(v)
			return nil
		}
		sub := mod.name + "." + name
		if in.moduleAvailable(sub) {
			sm, pushed, err := in.importOne(sub)
			if err != nil || pushed {
				return err
			}
			mod.dict.setStr(name, sm)
			f.push(sm)
			return nil
		}
		if in.unsupportedAttr(mod, name) != nil {
			return raisef(importErrorClass, "cannot import name '%s' from '%s': not supported by the simulator (CPython has it; the simulated module does not model it yet)", name, mod.name)
		}
		err := raisef(importErrorClass, "cannot import name '%s' from '%s'", name, mod.name)
		if pe, ok := err.(*PyError); ok {
			// import_from (Python/ceval.c): name is the module's, path
			// its file (None for one CPython writes in C), name_from what
			// was asked for (3.12+).
			pe.Exc.exc.setMember("msg", pe.Exc.exc.args.items[0])
			pe.Exc.exc.setMember("name", Str(mod.name))
			if file, ok := mod.dict.getStr("__file__"); ok {
				pe.Exc.exc.setMember("path", file)
			}
			pe.Exc.exc.setMember("name_from", Str(name))
			if in.cfg.Version.AtLeast(3, 12) {
				// 3.12's traceback suggests the closest name of dir(module).
				pe.Exc.exc.hint = in.importHint(mod, name)
			}
		}
		return err
	}
	v, err := in.getAttr(m, name)
	if err != nil {
		return err
	}
	f.push(v)
	return nil
}

// cacheCode remembers the compiled code of module name, copying the cache
// first if a fork shares it.
func (in *Interp) cacheCode(name string, code *Code) {
	if in.codeShared {
		in.codeCache, in.codeShared = maps.Clone(in.codeCache), false
	}
	in.codeCache[name] = code
}
