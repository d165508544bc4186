// This file defines the builtin exception classes with CPython's hierarchy
// (Objects/exceptions.c, 3.11), how Go code raises them, how an Errno from
// the Host becomes an OSError subclass (Objects/exceptions.c errnomap), and
// the str() of exceptions.

package pyvm

import (
	"fmt"
)

// PyError carries a raised Python exception through Go code.
type PyError struct{ Exc *Instance }

func (e *PyError) Error() string {
	return e.Exc.cls.name + ": " + excStr(e.Exc)
}

var (
	baseExceptionClass   = newExcClass("BaseException", nil)
	systemExitClass      = newExcClass("SystemExit", baseExceptionClass)
	keyboardInterruptCls = newExcClass("KeyboardInterrupt", baseExceptionClass)
	exceptionClass       = newExcClass("Exception", baseExceptionClass)
	arithmeticErrorClass = newExcClass("ArithmeticError", exceptionClass)
	zeroDivisionClass    = newExcClass("ZeroDivisionError", arithmeticErrorClass)
	overflowErrorClass   = newExcClass("OverflowError", arithmeticErrorClass)
	assertionErrorClass  = newExcClass("AssertionError", exceptionClass)
	attributeErrorClass  = newExcClass("AttributeError", exceptionClass)
	lookupErrorClass     = newExcClass("LookupError", exceptionClass)
	indexErrorClass      = newExcClass("IndexError", lookupErrorClass)
	keyErrorClass        = newExcClass("KeyError", lookupErrorClass)
	nameErrorClass       = newExcClass("NameError", exceptionClass)
	unboundLocalClass    = newExcClass("UnboundLocalError", nameErrorClass)
	osErrorClass         = newExcClass("OSError", exceptionClass)
	blockingIOClass      = newExcClass("BlockingIOError", osErrorClass)
	childProcessClass    = newExcClass("ChildProcessError", osErrorClass)
	connectionErrorClass = newExcClass("ConnectionError", osErrorClass)
	brokenPipeClass      = newExcClass("BrokenPipeError", connectionErrorClass)
	connRefusedClass     = newExcClass("ConnectionRefusedError", connectionErrorClass)
	connResetClass       = newExcClass("ConnectionResetError", connectionErrorClass)
	fileExistsClass      = newExcClass("FileExistsError", osErrorClass)
	fileNotFoundClass    = newExcClass("FileNotFoundError", osErrorClass)
	interruptedClass     = newExcClass("InterruptedError", osErrorClass)
	permissionErrorClass = newExcClass("PermissionError", osErrorClass)
	processLookupClass   = newExcClass("ProcessLookupError", osErrorClass)
	timeoutErrorClass    = newExcClass("TimeoutError", osErrorClass)
	runtimeErrorClass    = newExcClass("RuntimeError", exceptionClass)
	notImplementedClass  = newExcClass("NotImplementedError", runtimeErrorClass)
	recursionErrorClass  = newExcClass("RecursionError", runtimeErrorClass)
	stopIterationClass   = newExcClass("StopIteration", exceptionClass)
	typeErrorClass       = newExcClass("TypeError", exceptionClass)
	valueErrorClass      = newExcClass("ValueError", exceptionClass)
	importErrorClass     = newExcClass("ImportError", exceptionClass)
	moduleNotFoundClass  = newExcClass("ModuleNotFoundError", importErrorClass)
	eofErrorClass        = newExcClass("EOFError", exceptionClass)
	systemErrorClass     = newExcClass("SystemError", exceptionClass)
	memoryErrorClass     = newExcClass("MemoryError", exceptionClass)
	unicodeErrorClass    = newExcClass("UnicodeError", valueErrorClass)
	warningClass         = newExcClass("Warning", exceptionClass)
	userWarningClass     = newExcClass("UserWarning", warningClass)
	deprecationWarnClass = newExcClass("DeprecationWarning", warningClass)
	runtimeWarningClass  = newExcClass("RuntimeWarning", warningClass)
	resourceWarningClass = newExcClass("ResourceWarning", warningClass)
	generatorExitClass   = newExcClass("GeneratorExit", baseExceptionClass)
	// The rest of CPython's builtin exceptions of 3.8–3.13 that a program
	// may name (in an except clause, a raise, an isinstance) without the
	// simulator raising them itself.
	floatingPointClass    = newExcClass("FloatingPointError", arithmeticErrorClass)
	bufferErrorClass      = newExcClass("BufferError", exceptionClass)
	referenceErrorClass   = newExcClass("ReferenceError", exceptionClass)
	stopAsyncIterClass    = newExcClass("StopAsyncIteration", exceptionClass)
	syntaxErrorClass      = newExcClass("SyntaxError", exceptionClass)
	indentationClass      = newExcClass("IndentationError", syntaxErrorClass)
	tabErrorClass         = newExcClass("TabError", indentationClass)
	connAbortedClass      = newExcClass("ConnectionAbortedError", connectionErrorClass)
	unicodeEncodeClass    = newExcClass("UnicodeEncodeError", unicodeErrorClass)
	unicodeTransClass     = newExcClass("UnicodeTranslateError", unicodeErrorClass)
	bytesWarningClass     = newExcClass("BytesWarning", warningClass)
	futureWarningClass    = newExcClass("FutureWarning", warningClass)
	importWarningClass    = newExcClass("ImportWarning", warningClass)
	pendingDeprecClass    = newExcClass("PendingDeprecationWarning", warningClass)
	syntaxWarningClass    = newExcClass("SyntaxWarning", warningClass)
	unicodeWarningClass   = newExcClass("UnicodeWarning", warningClass)
	exceptionClassesInOrd = []*Class{baseExceptionClass, systemExitClass, keyboardInterruptCls,
		generatorExitClass, exceptionClass, arithmeticErrorClass, zeroDivisionClass,
		overflowErrorClass, assertionErrorClass, attributeErrorClass, lookupErrorClass,
		indexErrorClass, keyErrorClass, nameErrorClass, unboundLocalClass, osErrorClass,
		blockingIOClass, childProcessClass, connectionErrorClass, brokenPipeClass,
		connRefusedClass, connResetClass,
		fileExistsClass, fileNotFoundClass, interruptedClass, permissionErrorClass,
		processLookupClass, timeoutErrorClass, runtimeErrorClass, notImplementedClass,
		recursionErrorClass, stopIterationClass, typeErrorClass, valueErrorClass,
		importErrorClass, moduleNotFoundClass, eofErrorClass, systemErrorClass, memoryErrorClass,
		unicodeErrorClass, warningClass, userWarningClass, deprecationWarnClass,
		runtimeWarningClass, resourceWarningClass, floatingPointClass, bufferErrorClass,
		referenceErrorClass, stopAsyncIterClass, syntaxErrorClass, indentationClass, tabErrorClass,
		connAbortedClass, unicodeEncodeClass, unicodeTransClass, bytesWarningClass, futureWarningClass,
		importWarningClass, pendingDeprecClass, syntaxWarningClass, unicodeWarningClass}
)

func newExcClass(name string, base *Class) *Class {
	var bases []*Class
	if base != nil {
		bases = []*Class{base}
	} else {
		bases = []*Class{objectClass}
	}
	c := &Class{name: name, module: "builtins", bases: bases, dict: newDict(), builtin: true}
	c.mro = computeMRO(c)
	return c
}

// isSubclass reports whether c is cls or derives from it.
func isSubclass(c, cls *Class) bool {
	for _, m := range c.mro {
		if m == cls {
			return true
		}
	}
	return false
}

func isExcClass(c *Class) bool { return isSubclass(c, baseExceptionClass) }

// newExc makes an exception instance of a builtin class.
func newExc(cls *Class, args ...Value) *Instance {
	inst := &Instance{cls: cls, dict: newDict(), exc: &excState{args: newTuple(args)}}
	initExcAttrs(inst)
	return inst
}

// initExcAttrs sets the attributes CPython derives from args.
func initExcAttrs(inst *Instance) {
	args := inst.exc.args.items
	switch {
	case isSubclass(inst.cls, osErrorClass):
		inst.dict.setStr("errno", None)
		inst.dict.setStr("strerror", None)
		inst.dict.setStr("filename", None)
		inst.dict.setStr("filename2", None)
		if len(args) >= 2 && len(args) <= 5 {
			inst.dict.setStr("errno", args[0])
			inst.dict.setStr("strerror", args[1])
			if len(args) >= 3 && args[2] != None {
				// oserror_init: a file name (and the second of
				// rename's two) leaves args (errno, strerror).
				inst.dict.setStr("filename", args[2])
				if len(args) == 5 {
					inst.dict.setStr("filename2", args[4])
				}
				inst.exc.args = newTuple(args[:2:2])
			}
		}
	case isSubclass(inst.cls, systemExitClass):
		inst.dict.setStr("code", excCodeFromArgs(args))
	case isSubclass(inst.cls, stopIterationClass):
		v := None
		if len(args) > 0 {
			v = args[0]
		}
		inst.dict.setStr("value", v)
	}
}

// excCodeFromArgs is SystemExit.code: None, the one argument, or the tuple.
func excCodeFromArgs(args []Value) Value {
	switch len(args) {
	case 0:
		return None
	case 1:
		return args[0]
	}
	return newTuple(args)
}

func raisef(cls *Class, format string, a ...any) error {
	return &PyError{newExc(cls, Str(fmt.Sprintf(format, a...)))}
}

func newTypeError(format string, a ...any) error  { return raisef(typeErrorClass, format, a...) }
func newValueError(format string, a ...any) error { return raisef(valueErrorClass, format, a...) }

// errnoClass follows CPython's errnomap (Objects/exceptions.c, _PyExc_InitState).
func errnoClass(e Errno) *Class {
	switch e {
	case ECHILD:
		return childProcessClass
	case ESRCH:
		return processLookupClass
	case EAGAIN:
		return blockingIOClass
	case EINTR:
		return interruptedClass
	case EPIPE:
		return brokenPipeClass
	case ECONNREFUSED:
		return connRefusedClass
	case EEXIST:
		return fileExistsClass
	case ENOENT:
		return fileNotFoundClass
	case EPERM:
		return permissionErrorClass
	}
	return osErrorClass
}

// osError converts a Host error into a Python exception.
func osError(err error) error {
	if err == nil || err == ErrBlocked {
		return err
	}
	if _, ok := err.(*PyError); ok {
		return err
	}
	e, ok := err.(Errno)
	if !ok {
		return raisef(osErrorClass, "%s", err.Error())
	}
	return &PyError{newExc(errnoClass(e), mkInt(int64(e)), Str(e.Error()))}
}

// excStr is str(exc) (BaseException_str, OSError_str, KeyError_str).
func excStr(e *Instance) string {
	args := e.exc.args.items
	if isSubclass(e.cls, osErrorClass) {
		if no, ok := e.dict.getStr("errno"); ok && no != None {
			se, _ := e.dict.getStr("strerror")
			fn, _ := e.dict.getStr("filename")
			fn2, _ := e.dict.getStr("filename2")
			if fn != nil && fn != None && fn2 != nil && fn2 != None {
				return fmt.Sprintf("[Errno %s] %s: %s -> %s", reprNoCall(no), strNoCall(se), reprNoCall(fn), reprNoCall(fn2))
			}
			if fn != nil && fn != None {
				return fmt.Sprintf("[Errno %s] %s: %s", reprNoCall(no), strNoCall(se), reprNoCall(fn))
			}
			return fmt.Sprintf("[Errno %s] %s", reprNoCall(no), strNoCall(se))
		}
	}
	switch len(args) {
	case 0:
		return ""
	case 1:
		if isSubclass(e.cls, keyErrorClass) {
			return reprNoCall(args[0])
		}
		return strNoCall(args[0])
	}
	return reprNoCall(e.exc.args)
}
