// This file registers the native modules of the everyday library (issue
// 14) in import.go's table and open() among the builtins. It runs after
// import.go's init: the go command presents a package's files to the
// compiler sorted by name, and init functions run in that order.

package pyvm

func init() {
	for name, build := range map[string]func(in *Interp) *Module{
		"random":  newRandomModule,
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
		return newOSPathModule(in)
	}
	if pm, ok := os.dict.getStr("path"); ok {
		if m, ok := pm.(*Module); ok {
			return m
		}
	}
	return newOSPathModule(in)
}
