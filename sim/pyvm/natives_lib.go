// This file registers the native modules of the everyday library (issue
// 14) in import.go's table and open() among the builtins. It runs after
// import.go's init: the go command presents a package's files to the
// compiler sorted by name, and init functions run in that order.

package pyvm

import "strings"

func init() {
	for name, build := range map[string]func(in *Interp) *Module{
		"_random": new_randomModule,
		"math":    newMathModule,
		"os.path": osPathModule,
	} {
		nativeModules[name] = build
	}
	def("open", builtinOpen)
}

// osPathModule is `import os.path`: the os module's own path module.
func osPathModule(in *Interp) *Module {
	os, _, err := in.importOne("os")
	if err != nil || os == nil {
		return newOSPathModule()
	}
	if pm, ok := os.dict.getStr("path"); ok {
		if m, ok := pm.(*Module); ok {
			return m
		}
	}
	return newOSPathModule()
}

// unsupportedAttr is the AttributeError for a name CPython's module has
// and the simulated one lacks (cpython_names.go; cpython_names_lib.go for
// the library sim/pylib condenses; lib_versions_table.go for the names
// only some versions have), or nil.
func (in *Interp) unsupportedAttr(m *Module, name string) error {
	names, ok := cpythonModuleNames[m.name]
	if !ok {
		names, ok = cpythonLibNames[m.name]
	}
	if !(ok && containsWord(names, name)) && !in.versionHas(m.name, name) {
		return nil
	}
	shown := m.name
	if shown == "posixpath" {
		shown = "os.path"
	}
	return raisef(attributeErrorClass, "%s.%s is not supported by the simulator (CPython has it; the simulated %s module does not model it yet)", shown, name, shown)
}

func containsWord(list, w string) bool {
	for len(list) > 0 {
		var cur string
		cur, list, _ = strings.Cut(list, " ")
		if cur == w {
			return true
		}
	}
	return false
}
