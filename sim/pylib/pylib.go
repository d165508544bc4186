// This file embeds the library and serves its modules to the interpreter's
// Loader, as sim/mp does for multiprocessing.
package pylib

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
)

// files holds the modules under lib/, laid out as CPython's Lib/: a plain
// module is lib/NAME.py, a package is lib/NAME/__init__.py with its
// submodules beside it.
//
//go:embed all:lib
var files embed.FS

const root = "lib/"

// Source returns the source of a library module, for pyvm's Loader. module
// is a dotted name ("json", "json.decoder"); filename is the path that
// tracebacks and the player show, relative to Lib/ ("json/__init__.py",
// "functools.py"). ok is false for a module the library does not provide.
func Source(module string) (filename string, src []byte, ok bool) {
	if module == "" || strings.ContainsAny(module, "/\\") || strings.Contains(module, "..") {
		return "", nil, false
	}
	base := strings.ReplaceAll(module, ".", "/")
	for _, name := range []string{base + ".py", base + "/__init__.py"} {
		if src, err := files.ReadFile(root + name); err == nil {
			return name, src, true
		}
	}
	return "", nil, false
}

// Chain returns a Loader that asks each loader in turn and serves the first
// module found, for a simulator that has several (sim/mp's
// multiprocessing, then this library).
func Chain(loaders ...func(string) (string, []byte, bool)) func(string) (string, []byte, bool) {
	return func(module string) (string, []byte, bool) {
		for _, l := range loaders {
			if file, src, ok := l(module); ok {
				return file, src, true
			}
		}
		return "", nil, false
	}
}

// Modules lists every public module Source serves, sorted (a package
// before its submodules; private helpers such as _strptime are left out).
func Modules() []string {
	var mods []string
	err := fs.WalkDir(files, strings.TrimSuffix(root, "/"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, isPy := strings.CutSuffix(strings.TrimPrefix(path, root), ".py")
		if !isPy {
			return nil
		}
		rel = strings.TrimSuffix(rel, "/__init__")
		name := strings.ReplaceAll(rel, "/", ".")
		if !strings.HasPrefix(name[strings.LastIndex(name, ".")+1:], "_") {
			mods = append(mods, name)
		}
		return nil
	})
	if err != nil {
		panic("pylib: embedded library missing: " + err.Error())
	}
	sort.Strings(mods)
	return mods
}
