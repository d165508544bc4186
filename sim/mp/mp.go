// This file embeds the model of CPython's multiprocessing package and serves
// its modules to the interpreter's Loader.
package mp

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
)

// files holds the package exactly as the player shows it: one directory,
// multiprocessing/, with CPython's module names.
//
//go:embed multiprocessing/*.py
var files embed.FS

// Package is the name of the modelled package.
const Package = "multiprocessing"

// Source returns the source of a modelled module, for pyvm's Loader. module is
// a dotted name ("multiprocessing", "multiprocessing.process"); filename is
// the path the player and tracebacks show ("multiprocessing/__init__.py",
// "multiprocessing/process.py"). A filename ending in "/__init__.py" marks a
// package, whose submodules this function also serves. ok is false for any
// other module, including CPython modules of the package that are not
// modelled (multiprocessing.pool, multiprocessing.queues, ...).
func Source(module string) (filename string, src []byte, ok bool) {
	filename, ok = fileOf(module)
	if !ok {
		return "", nil, false
	}
	src, err := files.ReadFile(filename)
	if err != nil {
		return "", nil, false
	}
	return filename, src, true
}

// fileOf maps a dotted module name to its embedded path.
func fileOf(module string) (string, bool) {
	if module == Package {
		return Package + "/__init__.py", true
	}
	sub, found := strings.CutPrefix(module, Package+".")
	if !found || sub == "" || strings.ContainsAny(sub, "./") || strings.HasPrefix(sub, "__") {
		return "", false
	}
	return Package + "/" + sub + ".py", true
}

// Modules lists every module Source serves, sorted, the package first.
func Modules() []string {
	entries, err := fs.ReadDir(files, Package)
	if err != nil {
		panic("mp: embedded package missing: " + err.Error())
	}
	var subs []string
	for _, e := range entries {
		name, isPy := strings.CutSuffix(e.Name(), ".py")
		if isPy && name != "__init__" {
			subs = append(subs, Package+"."+name)
		}
	}
	sort.Strings(subs)
	return append([]string{Package}, subs...)
}
