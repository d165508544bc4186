// This file implements mappingproxy (types.MappingProxyType): the read-only
// view of a class's namespace that C.__dict__ and vars(C) give. Reads go to
// the class's dict as it is now; item assignment and deletion are refused,
// so a program cannot write a class's namespace, or a builtin class's,
// behind its back (Objects/descrobject.c, mappingproxy_*, 3.8–3.13).

package pyvm

// MappingProxy is a read-only view of d.
type MappingProxy struct {
	d *Dict
	// hashAsDict: hash() reports the dict's type as unhashable, as from
	// 3.12 (mappingproxy_hash hashes the mapping); before, its own.
	hashAsDict bool
}

var mappingProxyClass = builtinClass("mappingproxy")

// proxyOf is what C.__dict__ gives.
func (in *Interp) proxyOf(d *Dict) *MappingProxy {
	return &MappingProxy{d: d, hashAsDict: in.cfg.Version.AtLeast(3, 12)}
}

// unhashableProxy is the TypeError of hashing p.
func unhashableProxy(p *MappingProxy) error {
	if p.hashAsDict {
		return unhashable(p.d)
	}
	return unhashable(p)
}

// unproxy is the dict a mappingproxy shows, or v itself.
func unproxy(v Value) Value {
	if p, ok := v.(*MappingProxy); ok {
		return p.d
	}
	return v
}

// initMappingProxyMethods gives mappingproxy the dict's reading methods,
// called on the dict shown (after initDictMethods).
func initMappingProxyMethods() {
	// types.MappingProxyType(d): a proxy of a dict (or a dict subclass's
	// instance); any other mapping is refused here, where CPython takes
	// any object with the mapping protocol (mappingproxy_new).
	mappingProxyClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		if len(kw) == 1 && kw[0] == "mapping" && len(args) == 1 {
			kw = nil
		}
		if len(args) == 0 {
			return nil, newTypeError("mappingproxy() missing required argument 'mapping' (pos 1)")
		}
		if err := checkArgs("mappingproxy", args, kw, 1, 1); err != nil {
			return nil, err
		}
		switch x := args[0].(type) {
		case *Dict:
			return in.proxyOf(x), nil
		case *MappingProxy:
			return in.proxyOf(x.d), nil
		case *Instance:
			if x.mapping != nil {
				return in.proxyOf(x.mapping), nil
			}
			if x.cls.lookupHas("__getitem__") && x.cls.lookupHas("keys") {
				return nil, newTypeError("mappingproxy() of a '%s' (not a dict) is not supported by the simulator", x.cls.name)
			}
		}
		return nil, newTypeError("mappingproxy() argument must be a mapping, not %s", typeName(args[0]))
	}
	for _, name := range []string{"keys", "values", "items", "get", "copy"} {
		m, _ := dictClass.dict.getStr(name)
		fn := m.(*Builtin)
		mappingProxyClass.dict.setStr(name, &Builtin{name: name, fn: func(in *Interp, args []Value, kw []string) (Value, error) {
			all := append([]Value{unproxy(args[0])}, args[1:]...)
			return fn.fn(in, all, kw)
		}})
	}
}
