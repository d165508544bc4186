// This file models signal.Signals and signal.Handlers, the IntEnums that
// Lib/signal.py builds with _IntEnum._convert_ (3.8–3.13): every SIG*
// constant, signal.signal's and getsignal's results and valid_signals()'s
// named members are enum members, ints that know their name. repr is
// <Signals.SIGTERM: 15> everywhere; str() is 'Signals.SIGTERM' up to 3.10
// and '15' from 3.11 (IntEnum became a ReprEnum, Lib/enum.py), format()
// and f-strings give '15' in every version. Aliases (SIGCLD, SIGIOT,
// SIGPOLL) are the member of their canonical name, as in an Enum.

package pyvm

import "strconv"

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
// name, else a plain int (the real-time signals between SIGRTMIN and
// SIGRTMAX).
func sigMember(n int64) Value {
	for _, s := range signalNames {
		if int64(s.num) == n {
			return sigEnum{n: n}
		}
	}
	return mkInt(n)
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
			v := sigMember(n)
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
