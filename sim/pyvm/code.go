// This file defines the bytecode: opcodes, instructions and code objects with
// their line tables. Code objects are immutable once compiled and are shared
// between a process and its fork clones.

package pyvm

// Opcode is one VM operation.
type Opcode uint8

// The opcodes. Stack effects are noted as (before -- after).
const (
	opNop              Opcode = iota
	opLoadConst               // ( -- consts[A])
	opLoadFast                // ( -- locals[A])
	opStoreFast               // (v -- )
	opDeleteFast              //
	opLoadDeref               // ( -- cells[A].v)
	opStoreDeref              // (v -- )
	opLoadClosure             // ( -- cells[A]) for MAKE_FUNCTION
	opLoadGlobal              // ( -- globals/builtins[names[A]])
	opStoreGlobal             // (v -- )
	opDeleteGlobal            //
	opLoadName                // ( -- ns/globals/builtins[names[A]]) module and class bodies
	opStoreName               // (v -- )
	opDeleteName              //
	opLoadAttr                // (o -- o.names[A])
	opStoreAttr               // (v o -- )
	opDeleteAttr              // (o -- )
	opLoadSubscr              // (o k -- o[k])
	opStoreSubscr             // (v o k -- )
	opDeleteSubscr            // (o k -- )
	opBuildSlice              // (lo hi step -- slice)
	opBinary                  // A = binop (a b -- a op b)
	opInplace                 // A = binop (a b -- a op= b)
	opUnary                   // A = unop (a -- op a)
	opCompare                 // A = cmpop (a b -- a op b)
	opPopTop                  // (v -- )
	opDupTop                  // (v -- v v)
	opDupTop2                 // (a b -- a b a b)
	opRotTwo                  // (a b -- b a)
	opRotThree                // (a b c -- c a b)
	opJump                    // ip = A
	opPopJumpIfFalse          // (v -- )
	opPopJumpIfTrue           // (v -- )
	opJumpIfFalseOrPop        //
	opJumpIfTrueOrPop         //
	opGetIter                 // (o -- iter)
	opForIter                 // (iter -- iter next) or pop and jump to A when exhausted
	opBuildList               // A items
	opBuildTuple              //
	opBuildSet                //
	opBuildMap                // A pairs
	opBuildString             // A strs
	opListAppend              // (list ... v -- list ...) list at depth A
	opSetAdd                  //
	opMapAdd                  // (dict ... k v -- dict ...)
	opListExtend              // (list it -- list)
	opSetUpdate               // (set it -- set)
	opDictUpdate              // (dict m -- dict)
	opListToTuple             // (list -- tuple)
	opUnpackSequence          // (seq -- vA-1 ... v0)
	opUnpackEx                // A = before | after<<8
	opCall                    // (f a1..aA -- r)
	opCallKw                  // (f a1..aA names -- r); names is a tuple of the last keyword names
	opCallEx                  // A=1 with kwargs: (f args [kwargs] -- r)
	opMakeFunction            // A flags: 1 defaults, 2 kwdefaults, 4 closure; (… code qualname -- fn)
	opReturnValue             // (v -- )
	opBuildClass              // (body_fn name bases_tuple -- class)
	opSetupExcept             // push handler block at A
	opSetupFinally            // push handler block at A
	opPopBlock                //
	opPushExc                 // (exc -- exc): mark the exception as being handled
	opPopExcept               // (the handler ended: restore the previously handled exception)
	opReraise                 // (exc -- ) re-raise
	opRaise                   // A = 0 bare, 1 exc, 2 exc from cause
	opExcMatch                // (exc cls -- exc bool)
	opImportName              // ( -- module names[A]) the top package for `import a.b`, else the module
	opImportFrom              // (module -- module attr names[A])
	opFormatValue             // A = conversion | hasSpec<<8: (v [spec] -- str)
	opLoadAssertion           // ( -- AssertionError)
	opBeforeWith              // (mgr -- exit enter): the bound __exit__ and __enter__
	opSetupWith               // push handler block at A, below the __enter__ result on top
	opWithExcArgs             // (exit exc -- exit exc exit type exc tb)
	opYieldValue              // (v -- sent): suspend the generator, handing v to its resumer
	opGetYieldFromIter        // (o -- iter): a generator stays itself
	opYieldFrom               // (sub sent -- result): delegate to sub until it ends (PEP 380)
	opPopIter                 // (iter -- ): a loop left early drops its iterator (a generator may be closed)
	opSetupAnnotations        // ns['__annotations__'] = {} unless it exists
	opLoadMethod              // (o -- fn o) for a method found on o's class, else (o -- NULL o.names[A])
	opCallMethod              // (fn self a1..aA -- r) or (NULL f a1..aA -- r)
	opCallMethodKw            // the same with names on top, as CALL_KW
	// Fused instructions (fuse.go) stand for the four plain ones at their
	// index, which stay in place after them.
	opNameOpConst // LOAD_NAME; LOAD_CONST; BINARY/INPLACE; STORE_NAME
	opNameCmpJump // LOAD_NAME; LOAD_CONST; COMPARE; POP_JUMP_IF_*
	opFastOpConst // LOAD_FAST; LOAD_CONST; BINARY/INPLACE; STORE_FAST
	opFastCmpJump // LOAD_FAST; LOAD_CONST; COMPARE; POP_JUMP_IF_*
	numOpcodes
)

var opNames = [...]string{
	"NOP", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF",
	"STORE_DEREF", "LOAD_CLOSURE", "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME",
	"STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_SUBSCR",
	"STORE_SUBSCR", "DELETE_SUBSCR", "BUILD_SLICE", "BINARY", "INPLACE", "UNARY", "COMPARE",
	"POP_TOP", "DUP_TOP", "DUP_TOP2", "ROT_TWO", "ROT_THREE", "JUMP", "POP_JUMP_IF_FALSE",
	"POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "GET_ITER", "FOR_ITER",
	"BUILD_LIST", "BUILD_TUPLE", "BUILD_SET", "BUILD_MAP", "BUILD_STRING", "LIST_APPEND",
	"SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "LIST_TO_TUPLE",
	"UNPACK_SEQUENCE", "UNPACK_EX", "CALL", "CALL_KW", "CALL_EX", "MAKE_FUNCTION",
	"RETURN_VALUE", "BUILD_CLASS", "SETUP_EXCEPT", "SETUP_FINALLY", "POP_BLOCK", "PUSH_EXC",
	"POP_EXCEPT", "RERAISE", "RAISE", "EXC_MATCH", "IMPORT_NAME", "IMPORT_FROM",
	"FORMAT_VALUE", "LOAD_ASSERTION", "BEFORE_WITH", "SETUP_WITH", "WITH_EXC_ARGS",
	"YIELD_VALUE", "GET_YIELD_FROM_ITER", "YIELD_FROM", "POP_ITER",
	"SETUP_ANNOTATIONS", "LOAD_METHOD", "CALL_METHOD", "CALL_METHOD_KW", "LOAD_NAME+OP_CONST", "LOAD_NAME+CMP_JUMP", "LOAD_FAST+OP_CONST",
	"LOAD_FAST+CMP_JUMP",
}

func (o Opcode) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "OP?"
}

// Instr is one instruction.
type Instr struct {
	Op Opcode
	A  int32
	// Line is Code.Lines[i] again, read with the instruction by the
	// dispatch loop (one load instead of two).
	Line int32
}

// codeKind says how a code object's names are stored.
type codeKind uint8

const (
	kindModule codeKind = iota
	kindClass
	kindFunction
)

func (k codeKind) String() string { return [...]string{"module", "class", "function"}[k] }

// Code is a compiled function, class body or module.
type Code struct {
	Name   string // function name, "<module>", "<lambda>", "<listcomp>"
	File   string
	Kind   codeKind
	Instrs []Instr
	Lines  []int32 // source line of each instruction
	// Locs is the source range of each instruction (CPython 3.11+'s
	// co_positions), for the caret lines of a traceback (carets.go); nil
	// in hidden code, which has no traceback entries.
	Locs     []srcLoc
	Consts   []Value
	Names    []string // global/attribute names
	Locals   []string // fast locals; the parameters come first
	CellVars []string // locals captured by inner functions
	FreeVars []string // captured from the enclosing function
	// cell2arg maps a cell to the parameter it starts from, -1 if none.
	cell2arg   []int
	NumPos     int // positional parameters (incl. positional-only)
	NumPosOnly int
	NumKwOnly  int
	Vararg     bool
	Kwarg      bool
	FirstLine  int
	Hidden     bool // runtime-internal code: no line events, no traceback entries
	Generator  bool // a call makes a generator object instead of running the body
	HasDoc     bool // the body opens with a docstring: Doc
	Doc        string
	srcLines   []string
	// slots are the name instructions' inline caches, by instruction
	// (made at the first use; a Code runs in one System's goroutine).
	slots []nameSlot
	// attrs are the attribute instructions' caches of class lookups
	// (attrSlot), made at the first use, as slots.
	attrs []attrSlot
	// kwCache are the keyword-name lists of the CALL_KW instructions
	// (kwNames), made at the first use, as slots.
	kwCache [][]string
	// global: package-level code every interpreter runs (the prelude,
	// os.exec's and the finalizer's), in any goroutine: it has no
	// caches, which would be written from several.
	global bool
}

// markGlobal marks c and the code objects in its constants global.
func markGlobal(c *Code) *Code {
	c.global = true
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			markGlobal(sub)
		}
	}
	return c
}

// slot returns instruction i's name cache (nil for global code).
func (c *Code) slot(i int) *nameSlot { return instrCache(c, &c.slots, i) }

// attrSlot is instruction i's attrSlot (nil for global code).
func (c *Code) attrSlot(i int) *attrSlot { return instrCache(c, &c.attrs, i) }

// kwNames is the keyword names of the call instruction i as strings, made
// once per instruction (names is its constant tuple) where the code keeps
// caches; callees only read them.
func (c *Code) kwNames(i int, names *Tuple) []string {
	if p := instrCache(c, &c.kwCache, i); p != nil {
		if *p == nil {
			*p = strNames(names)
		}
		return *p
	}
	return strNames(names)
}

func strNames(names *Tuple) []string {
	kw := make([]string, len(names.items))
	for i, s := range names.items {
		kw[i] = string(s.(Str))
	}
	return kw
}

// instrCache is instruction i's entry in one of c's caches (one entry an
// instruction, made at the first use); nil for global code, which any
// goroutine runs.
func instrCache[T any](c *Code, cache *[]T, i int) *T {
	if c.global {
		return nil
	}
	if *cache == nil {
		*cache = make([]T, len(c.Instrs))
	}
	return &(*cache)[i]
}

// sourceLine returns the stripped text of a line for tracebacks.
func (c *Code) sourceLine(n int) string {
	if n < 1 || n > len(c.srcLines) {
		return ""
	}
	return trimSpace(c.srcLines[n-1])
}
