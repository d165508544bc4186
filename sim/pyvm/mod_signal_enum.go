// This file models signal.Signals and signal.Handlers, the IntEnums that
// Lib/signal.py builds with _IntEnum._convert_ (3.8–3.13): every SIG*
// constant, signal.signal's and getsignal's results and valid_signals()'s
// named members are enum members, ints that know their name. repr is
// <Signals.SIGTERM: 15> everywhere; str() is 'Signals.SIGTERM' up to 3.10
// and '15' from 3.11 (IntEnum became a ReprEnum, Lib/enum.py), format()
// and f-strings give '15' in every version. Aliases (SIGCLD, SIGIOT,
// SIGPOLL) are the member of their canonical name, as in an Enum.

package pyvm

import (
	"sort"
	"strconv"
)

// sigEnum is a member of Signals, Handlers or Sigmasks.
type sigEnum struct {
	kind sigKind
	n    int64
}

type sigKind uint8

const (
	kindSignals sigKind = iota
	kindHandlers
	kindMasks // SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK (mod_signal_mask.go)
)

var (
	signalsClass  = builtinClassOf("Signals", intClass)
	handlersClass = builtinClassOf("Handlers", intClass)
	sigmasksClass = builtinClassOf("Sigmasks", intClass)
)

// maskNames are the Sigmasks members by value.
var maskNames = [...]string{"SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"}

// name is the member's name.
func (e sigEnum) name() string {
	switch e.kind {
	case kindHandlers:
		if e.n == DispIgnore {
			return "SIG_IGN"
		}
		return "SIG_DFL"
	case kindMasks:
		return maskNames[e.n]
	}
	return SignalName(int(e.n))
}

// sigMember is signal n as Signals gives it: a member if the number has a
// name in this version, else a plain int (the real-time signals between
// SIGRTMIN and SIGRTMAX; SIGSTKFLT before 3.11).
func (in *Interp) sigMember(n int64) Value {
	if in.isSigMember(n) {
		return sigEnum{n: n}
	}
	return mkInt(n)
}

// stkfltFrom: Modules/signalmodule.c exports SIGSTKFLT from 3.11, so
// Signals has it as a member from then on.
const stkflt = 16

func (in *Interp) isSigMember(n int64) bool {
	if n == stkflt && !in.cfg.Version.AtLeast(3, 11) {
		return false
	}
	for _, s := range signalNames {
		if int64(s.num) == n {
			return true
		}
	}
	return false
}

// enumMetaClass stands for enum.EnumMeta (EnumType from 3.11) as the
// type of Signals, Handlers and Sigmasks: len(), iteration, `in`,
// Signals['SIGTERM'] and __members__ on the class (metaclass.go asks it
// as it asks a Python metaclass).
var enumMetaClass = func() *Class {
	c := builtinClassOf("EnumMeta", typeClass)
	c.module = "enum"
	return c
}()

// members are a native enum's members in value order, as Enum iterates.
func (in *Interp) members(c *Class) []Value {
	var out []Value
	switch c {
	case signalsClass:
		for _, s := range signalNames {
			if in.isSigMember(int64(s.num)) {
				out = append(out, sigEnum{n: int64(s.num)})
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].(sigEnum).n < out[j].(sigEnum).n })
	case handlersClass:
		out = []Value{handlerMember(DispDefault), handlerMember(DispIgnore)}
	case sigmasksClass:
		for i := range maskNames {
			out = append(out, sigEnum{kind: kindMasks, n: int64(i)})
		}
	}
	return out
}

// enumMetaName is the metaclass's name: EnumMeta, EnumType from 3.11.
func (in *Interp) enumMetaName() string {
	if in.cfg.Version.AtLeast(3, 11) {
		return "EnumType"
	}
	return "EnumMeta"
}

type namedMember struct {
	name string
	v    Value
}

// membersAndAliases are __members__: each member followed by its aliases
// (SIGCLD after SIGCHLD), as _convert_ defines them in value order.
func (in *Interp) membersAndAliases(c *Class) []namedMember {
	var out []namedMember
	for _, m := range in.members(c) {
		e := m.(sigEnum)
		out = append(out, namedMember{e.name(), m})
		if c != signalsClass {
			continue
		}
		for _, a := range signalAliases {
			if int64(a.num) == e.n {
				out = append(out, namedMember{a.name, m})
			}
		}
	}
	return out
}

func init() {
	classArg := func(args []Value) (*Class, bool) {
		c, ok := args[0].(*Class)
		return c, ok && (c == signalsClass || c == handlersClass || c == sigmasksClass)
	}
	meta := func(name string, fn func(in *Interp, c *Class, args []Value) (Value, error)) {
		enumMetaClass.dict.setStr(name, &Builtin{name: name, fn: func(in *Interp, args []Value, kw []string) (Value, error) {
			c, ok := classArg(args)
			if !ok {
				return nil, newTypeError("descriptor '%s' requires an enum class", name)
			}
			return fn(in, c, args[1:])
		}})
	}
	meta("__repr__", func(in *Interp, c *Class, args []Value) (Value, error) {
		return Str("<enum '" + c.name + "'>"), nil
	})
	meta("__len__", func(in *Interp, c *Class, args []Value) (Value, error) {
		return mkInt(int64(len(in.members(c)))), nil
	})
	meta("__iter__", func(in *Interp, c *Class, args []Value) (Value, error) {
		return in.getIter(newTuple(in.members(c)))
	})
	meta("__reversed__", func(in *Interp, c *Class, args []Value) (Value, error) {
		ms := in.members(c)
		for i, j := 0, len(ms)-1; i < j; i, j = i+1, j-1 {
			ms[i], ms[j] = ms[j], ms[i]
		}
		return in.getIter(newTuple(ms))
	})
	meta("__contains__", func(in *Interp, c *Class, args []Value) (Value, error) {
		if e, ok := args[0].(sigEnum); ok {
			return Bool(e.class() == c), nil
		}
		if in.cfg.Version.AtLeast(3, 12) {
			n, isInt := asInt(args[0])
			for _, m := range in.members(c) {
				if isInt && m.(sigEnum).n == n {
					return Bool(true), nil
				}
			}
			return Bool(false), nil
		}
		// EnumMeta.__contains__ refuses a non-member up to 3.11, with a
		// DeprecationWarning first in 3.10 and 3.11.
		var warn string
		switch {
		case in.cfg.Version.AtLeast(3, 11):
			warn = "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n" +
				"False depending on whether the value is a member or the value of a member"
		case in.cfg.Version.AtLeast(3, 10):
			warn = "in 3.12 __contains__ will no longer raise TypeError, but will return True if\n" +
				"obj is a member or a member's value"
		}
		if warn != "" {
			if err := in.warnDeprecation(in.callerFrame(), warn); err != nil {
				return nil, err
			}
		}
		return nil, newTypeError("unsupported operand type(s) for 'in': '%s' and '%s'", typeName(args[0]), in.enumMetaName())
	})
	meta("__getitem__", func(in *Interp, c *Class, args []Value) (Value, error) {
		if name, ok := args[0].(Str); ok {
			for _, m := range in.membersAndAliases(c) {
				if m.name == string(name) {
					return m.v, nil
				}
			}
		}
		return nil, &PyError{newExc(keyErrorClass, args[0])}
	})
	enumMetaClass.dict.setStr("__members__", &Property{fget: &Builtin{name: "__members__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		c, ok := classArg(args)
		if !ok {
			return nil, newTypeError("__members__ requires an enum class")
		}
		d := newDict()
		for _, m := range in.membersAndAliases(c) {
			d.setStr(m.name, m.v)
		}
		return in.proxyOf(d), nil
	}}})
	for _, c := range []*Class{signalsClass, handlersClass, sigmasksClass} {
		c.meta = enumMetaClass
	}
}

func handlerMember(d int64) Value { return sigEnum{kind: kindHandlers, n: d} }

func (e sigEnum) class() *Class {
	switch e.kind {
	case kindHandlers:
		return handlersClass
	case kindMasks:
		return sigmasksClass
	}
	return signalsClass
}

func (e sigEnum) repr() string {
	return "<" + e.class().name + "." + e.name() + ": " + strconv.FormatInt(e.n, 10) + ">"
}

// str is str(member): Enum.__str__ up to 3.10, int.__str__ from 3.11.
func (e sigEnum) str(v Version) string {
	if v.AtLeast(3, 11) {
		return strconv.FormatInt(e.n, 10)
	}
	return e.class().name + "." + e.name()
}

func init() {
	for _, c := range []*Class{signalsClass, handlersClass, sigmasksClass} {
		c.module = "signal"
		c.dict.setStr("name", &Property{fget: &Builtin{name: "name", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
			return Str(args[0].(sigEnum).name()), nil
		}}})
		c.dict.setStr("value", &Property{fget: &Builtin{name: "value", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
			return mkInt(args[0].(sigEnum).n), nil
		}}})
	}
	for _, s := range signalNames {
		signalsClass.dict.setStr(s.name, sigEnum{n: int64(s.num)})
	}
	handlersClass.dict.setStr("SIG_DFL", handlerMember(DispDefault))
	handlersClass.dict.setStr("SIG_IGN", handlerMember(DispIgnore))
	for i, n := range maskNames {
		sigmasksClass.dict.setStr(n, sigEnum{kind: kindMasks, n: int64(i)})
	}
	sigmasksClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		return enumLookup(in, c, args, kw, func(n int64) (Value, bool) {
			return sigEnum{kind: kindMasks, n: n}, n >= 0 && n < int64(len(maskNames))
		})
	}
	signalsClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		return enumLookup(in, c, args, kw, func(n int64) (Value, bool) {
			v := in.sigMember(n)
			_, ok := v.(sigEnum)
			return v, ok
		})
	}
	handlersClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		return enumLookup(in, c, args, kw, func(n int64) (Value, bool) {
			return handlerMember(n), n == DispDefault || n == DispIgnore
		})
	}
}

// enumLookup is EnumType.__call__ with a value: the member, or
// ValueError: 99 is not a valid Signals.
func enumLookup(in *Interp, c *Class, args []Value, kw []string, find func(int64) (Value, bool)) (Value, error) {
	if err := checkArgs(c.name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	if n, ok := asInt(args[0]); ok {
		if v, ok := find(n); ok {
			return v, nil
		}
	}
	r, err := in.repr(args[0])
	if err != nil {
		r = typeName(args[0])
	}
	return nil, newValueError("%s is not a valid %s", r, c.name)
}
