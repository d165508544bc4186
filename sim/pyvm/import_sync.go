// This file implements importSync: an import run to completion from Go,
// what pickle's find_class does when a reference names a module that is not
// loaded yet (Lib/pickle.py Unpickler.find_class: __import__(module)). A
// spawned child meets it when its Process object carries a Lock or a Queue
// whose module its main file never imported.

package pyvm

import "strings"

// importSync imports a library module served by the Loader (its package
// first), running each body synchronously: module bodies of the library do
// not block, and their own imports run as frames of the nested loop.
func (in *Interp) importSync(name string) (*Module, error) {
	if m, ok := in.modules.getStr(name); ok {
		if mod, ok := m.(*Module); ok {
			return mod, nil
		}
	}
	var parent *Module
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		p, err := in.importSync(name[:i])
		if err != nil {
			return nil, err
		}
		parent = p
	}
	if build, ok := nativeModules[name]; ok {
		m := in.gate(build(in))
		in.modules.setStr(name, m)
		return m, nil
	}
	if in.cfg.Loader == nil {
		return nil, moduleNotFound(name)
	}
	file, src, found := in.cfg.Loader(name)
	if !found {
		return nil, moduleNotFound(name)
	}
	code, ok := in.codeCache[name]
	if !ok {
		var err error
		code, err = in.compileSource(file, src, hiddenLibrary[name])
		if err != nil {
			return nil, raisef(importErrorClass, "%s", err.Error())
		}
		in.cacheCode(name, code)
	}
	m := in.newModule(name, file)
	in.modules.setStr(name, m)
	f := in.moduleFrame(code, m)
	f.ret = retSync
	if err := in.pushFrame(f); err != nil {
		_, _, _ = in.modules.t.del(Str(name))
		return nil, err
	}
	in.syncDepth++
	_, err := in.runSync()
	in.syncDepth--
	if err != nil {
		_, _, _ = in.modules.t.del(Str(name))
		return nil, err
	}
	if parent != nil {
		parent.dict.setStr(name[strings.LastIndexByte(name, '.')+1:], m)
	}
	return m, nil
}
