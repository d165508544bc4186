// This file implements the small part of ctypes (Lib/ctypes/__init__.py,
// Modules/_ctypes, 3.8-3.14) that multiprocessing programs use: the simple
// C types, so that Value(c_int, 0), Array(c_double, 4) and
// Value(c_bool, False) work, plus sizeof. A c_int(5) made directly is a
// private value (its bytes in the object), converting as ctypes does on
// construction and on .value assignment. Foreign functions, pointers,
// structures and arrays made with * are not modelled; their names raise
// the simulator's "not supported" AttributeError.

package pyvm

// ctypesCodes maps each modelled ctypes type to its _type_ code; on LP64
// Linux c_longlong is c_long, c_int64 is c_long and c_int32 is c_int.
var ctypesCodes = map[string]string{
	"c_bool": "?", "c_char": "c", "c_byte": "b", "c_ubyte": "B",
	"c_short": "h", "c_ushort": "H", "c_int": "i", "c_uint": "I",
	"c_long": "l", "c_ulong": "L", "c_float": "f", "c_double": "d",
}

var ctypesAliases = map[string]string{
	"c_longlong": "c_long", "c_ulonglong": "c_ulong",
	"c_int8": "c_byte", "c_uint8": "c_ubyte", "c_int16": "c_short", "c_uint16": "c_ushort",
	"c_int32": "c_int", "c_uint32": "c_uint", "c_int64": "c_long", "c_uint64": "c_ulong",
	"c_size_t": "c_ulong", "c_ssize_t": "c_long",
}

// ctypesClasses are shared by every interpreter (builtin classes).
var ctypesClasses = func() map[string]*Class {
	simple := builtinClass("_SimpleCData")
	simple.module = "_ctypes"
	out := map[string]*Class{"_SimpleCData": simple}
	for _, name := range sortedKeys(ctypesCodes) {
		c := builtinClassOf(name, simple)
		c.module = "ctypes"
		c.dict.setStr("_type_", Str(ctypesCodes[name]))
		out[name] = c
	}
	return out
}()

func init() {
	simple := ctypesClasses["_SimpleCData"]
	for _, c := range ctypesClasses {
		c.ctor = ctypesNew
	}
	simple.ctor = nil
	value := &Property{fget: &Builtin{name: "value", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		x := args[0].(*Instance)
		code, f := ctypesField(x.cls)
		b, _ := x.dict.getStr("_b_")
		return f.load([]byte(b.(Bytes)), code), nil
	}}, fset: &Builtin{name: "value", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		x := args[0].(*Instance)
		code, f := ctypesField(x.cls)
		b, err := f.store(in, args[1], code)
		if err != nil {
			return nil, err
		}
		x.dict.setStr("_b_", Bytes(b))
		return None, nil
	}}}
	simple.dict.setStr("value", value)
	simple.dict.setStr("__repr__", &Builtin{name: "__repr__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		x := args[0].(*Instance)
		v, err := in.getAttr(x, "value")
		if err != nil {
			return nil, err
		}
		r, err := in.repr(v)
		if err != nil {
			return nil, err
		}
		return Str(x.cls.name + "(" + r + ")"), nil
	}})
	nativeModules["ctypes"] = newCtypesModule
	cpythonModuleNames["ctypes"] = "ARRAY ArgumentError Array BigEndianStructure BigEndianUnion CDLL CFUNCTYPE DEFAULT_MODE LibraryLoader LittleEndianStructure LittleEndianUnion POINTER PYFUNCTYPE PyDLL RTLD_GLOBAL RTLD_LOCAL SetPointerType Structure Union addressof alignment byref c_buffer c_char_p c_longdouble c_void_p c_voidp c_wchar c_wchar_p cast cdll create_string_buffer create_unicode_buffer get_errno memmove memset pointer py_object pydll pythonapi resize set_errno string_at wstring_at"
}

// ctypesField is the code and layout of a ctypes class (or its subclass).
func ctypesField(c *Class) (string, shmField) {
	v, _ := c.lookup("_type_")
	code, _ := v.(Str)
	return string(code), shmFields[string(code)]
}

// ctypesNew is c_int(value=0) (Simple_init): the value converted as a
// store would, kept as the object's bytes.
func ctypesNew(in *Interp, cls *Class, args []Value, kw []string) (Value, error) {
	if err := checkArgs(cls.name, args, kw, 0, 1); err != nil {
		return nil, err
	}
	code, f := ctypesField(cls)
	x := &Instance{cls: cls, dict: newDict()}
	x.dict.setStr("_b_", Bytes(make([]byte, f.size)))
	if len(args) == 1 {
		b, err := f.store(in, args[0], code)
		if err != nil {
			return nil, err
		}
		x.dict.setStr("_b_", Bytes(b))
	}
	return x, nil
}

func newCtypesModule(in *Interp) *Module {
	m := newNativeModule("ctypes")
	// In name order, so the module's dict is the same on every run.
	for _, name := range sortedKeys(ctypesCodes) {
		m.dict.setStr(name, ctypesClasses[name])
	}
	for _, alias := range sortedKeys(ctypesAliases) {
		m.dict.setStr(alias, ctypesClasses[ctypesAliases[alias]])
	}
	m.fn("sizeof", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("sizeof", args, kw, 1, 1); err != nil {
			return nil, err
		}
		cls, ok := args[0].(*Class)
		if !ok {
			cls = typeOf(args[0])
		}
		if !isSubclass(cls, ctypesClasses["_SimpleCData"]) {
			return nil, newTypeError("this type has no size")
		}
		_, f := ctypesField(cls)
		return mkInt(int64(f.size)), nil
	})
	return m
}
