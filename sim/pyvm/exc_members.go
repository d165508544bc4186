// This file models the attributes three exception types keep in C
// members (Objects/exceptions.c): ImportError's msg, name and path (and
// name_from from 3.12), NameError's name and AttributeError's name and obj
// (3.10+). Their constructors take them as keywords, the VM fills them in
// when it raises one, and they are attributes of the instance but not in
// its __dict__ (so pickling an AttributeError does not carry its obj).

package pyvm

// excMember reports whether name is a member attribute of exception class
// cls in the version run.
func (in *Interp) excMember(cls *Class, name string) bool {
	switch name {
	case "msg", "path":
		return isSubclass(cls, importErrorClass)
	case "name_from":
		return isSubclass(cls, importErrorClass) && in.cfg.Version.AtLeast(3, 12)
	case "name":
		return isSubclass(cls, importErrorClass) ||
			in.cfg.Version.AtLeast(3, 10) && (isSubclass(cls, nameErrorClass) || isSubclass(cls, attributeErrorClass))
	case "obj":
		return in.cfg.Version.AtLeast(3, 10) && isSubclass(cls, attributeErrorClass)
	}
	return false
}

func (e *excState) setMember(name string, v Value) {
	if e.members == nil {
		e.members = map[string]Value{}
	}
	e.members[name] = v
}

// excInit is BaseException.__init__'s handling of keyword arguments
// (named kw, the last len(kw) of args): those of ImportError, NameError
// and AttributeError set their members; any other is refused as CPython
// refuses it. ImportError's msg is its one positional argument.
func (in *Interp) excInit(inst *Instance, args []Value, kw []string) error {
	cls := inst.cls
	pos := args[:len(args)-len(kw)]
	if isSubclass(cls, importErrorClass) {
		inst.exc.setMember("msg", None)
		if len(pos) == 1 {
			inst.exc.setMember("msg", pos[0])
		}
	}
	var family string
	switch {
	case isSubclass(cls, importErrorClass):
		family = "ImportError"
	case in.cfg.Version.AtLeast(3, 10) && isSubclass(cls, nameErrorClass):
		family = "NameError"
	case in.cfg.Version.AtLeast(3, 10) && isSubclass(cls, attributeErrorClass):
		family = "AttributeError"
	}
	for i, k := range kw {
		if family == "" {
			return newTypeError("%s() takes no keyword arguments", cls.name)
		}
		if !in.excMember(cls, k) || k == "msg" || family == "ImportError" && k == "obj" {
			if family != "ImportError" && in.cfg.Version.AtLeast(3, 13) {
				return newTypeError("%s() got an unexpected keyword argument '%s'", family, k)
			}
			return newTypeError("'%s' is an invalid keyword argument for %s()", k, family)
		}
		inst.exc.setMember(k, args[len(pos)+i])
	}
	return nil
}

// moduleNotFound is the ModuleNotFoundError for a module that is not
// there, its name and msg set as the import system sets them.
func moduleNotFound(name string) error {
	err := raisef(moduleNotFoundClass, "No module named '%s'", name)
	e := err.(*PyError).Exc.exc
	e.setMember("msg", e.args.items[0])
	e.setMember("name", Str(name))
	return err
}
