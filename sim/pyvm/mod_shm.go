// This file implements _zombielab_shm, the simulator's stand-in for what
// multiprocessing.heap and ctypes give sharedctypes (Lib/multiprocessing/
// heap.py Arena, Lib/multiprocessing/sharedctypes.py, Modules/_ctypes/
// cfield.c, 3.8-3.14): a shared memory file (create), its mapping (mmap),
// and typed loads and stores at offsets, with ctypes' conversions (ints
// wrap to the field's width without complaint; floats must be numbers; a
// c_char is one byte).
//
// A mapping is a Go value holding the kernel's memory, so the VM's fork,
// which copies objects, shares it: a child's writes are seen by its parent,
// which is the point of Value and Array.

package pyvm

import (
	"encoding/binary"
	"math"
	"math/big"
)

// SharedMemory is one shared memory file's bytes (kernel.SharedMemory).
type SharedMemory interface {
	Len() int
	Load(off, n int) ([]byte, bool)
	Store(off int, b []byte) bool
}

// ShmHost is what a Host offers for shared memory; without it
// _zombielab_shm.create raises OSError.
type ShmHost interface {
	// ShmCreate is memfd_create + ftruncate: a new zero-filled file's fd.
	ShmCreate(size int) (int, error)
	// Mmap maps the whole shared memory file open at fd.
	Mmap(fd int) (SharedMemory, error)
}

// ShmMapping is a mapping of shared memory in the VM.
type ShmMapping struct{ mem SharedMemory }

var shmMappingClass = func() *Class {
	c := builtinClass("mapping")
	c.module = "_zombielab_shm"
	return c
}()

// shmField is one ctypes simple type: its size and how it converts.
type shmField struct {
	size     int
	signed   bool
	float    bool
	char     bool // c_char: one byte, bytes of length 1 in Python
	typeName string
}

// shmFields are the typecodes of sharedctypes.typecode_to_type on 64-bit
// Linux (c_long is 8 bytes).
var shmFields = map[string]shmField{
	"c": {size: 1, char: true, typeName: "c_char"},
	"b": {size: 1, signed: true, typeName: "c_byte"},
	"B": {size: 1, typeName: "c_ubyte"},
	"h": {size: 2, signed: true, typeName: "c_short"},
	"H": {size: 2, typeName: "c_ushort"},
	"i": {size: 4, signed: true, typeName: "c_int"},
	"I": {size: 4, typeName: "c_uint"},
	"l": {size: 8, signed: true, typeName: "c_long"},
	"L": {size: 8, typeName: "c_ulong"},
	"q": {size: 8, signed: true, typeName: "c_long"}, // c_longlong is c_long on LP64
	"Q": {size: 8, typeName: "c_ulong"},
	"f": {size: 4, float: true, typeName: "c_float"},
	"d": {size: 8, float: true, typeName: "c_double"},
	"?": {size: 1, typeName: "c_bool"},
}

func shmFieldOf(v Value) (shmField, error) {
	s, ok := v.(Str)
	if f, found := shmFields[string(s)]; ok && found {
		return f, nil
	}
	return shmField{}, newTypeError("unsupported ctypes typecode %s (the simulator knows c b B h H i I l L q Q f d ?)", reprNoCall(v))
}

// load reads one field at off (cfield.c's getfunc for each type).
func (f shmField) load(b []byte, code string) Value {
	switch {
	case f.char:
		return Bytes(b[:1])
	case code == "?":
		return Bool(b[0] != 0)
	case f.float && f.size == 4:
		return Float(math.Float32frombits(binary.LittleEndian.Uint32(b)))
	case f.float:
		return Float(math.Float64frombits(binary.LittleEndian.Uint64(b)))
	}
	var u uint64
	for i := f.size - 1; i >= 0; i-- {
		u = u<<8 | uint64(b[i])
	}
	if f.signed {
		shift := 64 - 8*uint(f.size)
		return mkInt(int64(u<<shift) >> shift)
	}
	if u > math.MaxInt64 {
		return &BigInt{v: new(big.Int).SetUint64(u)}
	}
	return mkInt(int64(u))
}

// store encodes v for one field (cfield.c's setfunc: integers are masked to
// the width, floats checked to be numbers).
func (f shmField) store(in *Interp, v Value, code string) ([]byte, error) {
	b := make([]byte, f.size)
	switch {
	case f.char:
		switch x := v.(type) {
		case Bytes:
			if len(x) == 1 {
				b[0] = x[0]
				return b, nil
			}
		case Int:
			if x >= 0 && x < 256 {
				b[0] = byte(x)
				return b, nil
			}
		}
		return nil, newTypeError("one character bytes, bytearray or integer expected")
	case code == "?":
		if truth(v) {
			b[0] = 1
		}
		return b, nil
	case f.float:
		x, ok := asFloat(v)
		if !ok {
			return nil, newTypeError("must be real number, not %s", typeName(v))
		}
		if f.size == 4 {
			binary.LittleEndian.PutUint32(b, math.Float32bits(float32(x)))
		} else {
			binary.LittleEndian.PutUint64(b, math.Float64bits(x))
		}
		return b, nil
	}
	var u uint64
	switch x := v.(type) {
	case Bool:
		if x {
			u = 1
		}
	case Int:
		u = uint64(x)
	case *BigInt:
		m := new(big.Int).And(x.v, new(big.Int).SetUint64(math.MaxUint64))
		u = m.Uint64()
	default:
		if in.cfg.Version.AtLeast(3, 10) {
			return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(v))
		}
		return nil, newTypeError("int expected instead of %s", typeName(v))
	}
	for i := range f.size {
		b[i] = byte(u >> (8 * uint(i)))
	}
	return b, nil
}

func shmSelf(v Value) (*ShmMapping, error) {
	m, ok := v.(*ShmMapping)
	if !ok {
		return nil, newTypeError("descriptor requires a '_zombielab_shm.mapping' object but received a '%s'", typeName(v))
	}
	return m, nil
}

func shmOffset(v Value) (int, error) {
	n, ok := asInt(v)
	if !ok {
		return 0, newTypeError("offset must be an int, not %s", typeName(v))
	}
	return int(n), nil
}

func init() {
	d := shmMappingClass.dict
	d.setStr("get", &Builtin{name: "get", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		// mapping.get(typecode, offset): the field's value.
		if err := checkArgs("get", args[1:], kw, 2, 2); err != nil {
			return nil, err
		}
		m, err := shmSelf(args[0])
		if err != nil {
			return nil, err
		}
		f, err := shmFieldOf(args[1])
		if err != nil {
			return nil, err
		}
		off, err := shmOffset(args[2])
		if err != nil {
			return nil, err
		}
		b, ok := m.mem.Load(off, f.size)
		if !ok {
			return nil, raisef(indexErrorClass, "offset out of range")
		}
		return f.load(b, string(args[1].(Str))), nil
	}})
	d.setStr("set", &Builtin{name: "set", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		// mapping.set(typecode, offset, value)
		if err := checkArgs("set", args[1:], kw, 3, 3); err != nil {
			return nil, err
		}
		m, err := shmSelf(args[0])
		if err != nil {
			return nil, err
		}
		f, err := shmFieldOf(args[1])
		if err != nil {
			return nil, err
		}
		off, err := shmOffset(args[2])
		if err != nil {
			return nil, err
		}
		b, err := f.store(in, args[3], string(args[1].(Str)))
		if err != nil {
			return nil, err
		}
		if !m.mem.Store(off, b) {
			return nil, raisef(indexErrorClass, "offset out of range")
		}
		return None, nil
	}})
	d.setStr("size", &Builtin{name: "size", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("size", args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		m, err := shmSelf(args[0])
		if err != nil {
			return nil, err
		}
		return mkInt(int64(m.mem.Len())), nil
	}})
}

// newShmModule is _zombielab_shm: create(size) -> fd, mmap(fd) -> mapping,
// sizeof(typecode), type_name(typecode).
func newShmModule(in *Interp) *Module {
	m := newNativeModule("_zombielab_shm")
	m.fn("create", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("create", args, kw, 1, 1); err != nil {
			return nil, err
		}
		size, ok := asInt(args[0])
		if !ok {
			return nil, newTypeError("size must be an int")
		}
		h, ok := in.host.(ShmHost)
		if !ok {
			return nil, raisef(osErrorClass, "the simulator has no shared memory here")
		}
		fd, err := h.ShmCreate(int(size))
		if err != nil {
			return nil, osError(err)
		}
		return mkInt(int64(fd)), nil
	})
	m.fn("mmap", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("mmap", args, kw, 1, 1); err != nil {
			return nil, err
		}
		fd, ok := asInt(args[0])
		if !ok {
			return nil, newTypeError("fd must be an int")
		}
		h, ok := in.host.(ShmHost)
		if !ok {
			return nil, raisef(osErrorClass, "the simulator has no shared memory here")
		}
		mem, err := h.Mmap(int(fd))
		if err != nil {
			return nil, osError(err)
		}
		return &ShmMapping{mem: mem}, nil
	})
	m.fn("sizeof", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("sizeof", args, kw, 1, 1); err != nil {
			return nil, err
		}
		f, err := shmFieldOf(args[0])
		if err != nil {
			return nil, err
		}
		return mkInt(int64(f.size)), nil
	})
	m.fn("type_name", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("type_name", args, kw, 1, 1); err != nil {
			return nil, err
		}
		f, err := shmFieldOf(args[0])
		if err != nil {
			return nil, err
		}
		return Str(f.typeName), nil
	})
	return m
}

// _zombielab_shm joins the native modules here rather than in import.go's
// table (files are initialised in name order, so the table exists).
func init() { nativeModules["_zombielab_shm"] = newShmModule }
