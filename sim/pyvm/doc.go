// Package pyvm compiles the Python subset of package pyast to bytecode and runs
// it on a stack virtual machine built for a process simulator.
//
// What it models: one CPython interpreter per simulated process. The whole
// state of an interpreter — frames, operand and block stacks, the stack of
// exceptions being handled, the module table (sys.modules), its own builtins
// module (a copy of a read-only universe), heap objects,
// stdio buffers, the atexit list and signal handlers — is plain Go data, so
// os.fork() clones a process in the middle of a statement (Interp.Clone): the
// child resumes the pending call with 0, the parent gets the child's pid.
// Like a real fork, the clone shares what neither side has written yet
// where that is cheap to get right: plain functions (share.go), and dicts
// and lists holding only immutable things (the original goes on appending to
// such a list without a copy: List.frozen); everything else is copied.
//
// Stepping: Run stops before every new line with CPython 3.10+'s line-event
// rule (PEP 626, as sys.settrace sees it): an instruction whose line differs
// from the previous one in its frame, or the target of a backward jump. The
// golden tests check this against real CPython 3.8, 3.11, 3.12 and 3.13,
// including decorator lines (reported twice from 3.11) and `while True:`
// (reported on each iteration from 3.11, never by 3.8). Comprehensions run
// as their own frames, as in 3.8–3.11 (3.12 inlines them, PEP 709: there the
// VM shows one frame more). Lines of modules imported through the Loader are
// steps too. A line hook (SetLineHook) lets the caller handle a line stop
// without Run returning. Counting loops run fused (fuse.go): x = x op CONST
// and a comparison with a constant and its jump are one instruction when
// their operands are ints, as CPython 3.11's specialising interpreter does.
// A returned call's frame is reused by the next call (newCallFrame; a
// serial tells the two apart), and a class remembers where it found each
// name along its MRO, as CPython's type attribute cache does
// (Class.lookup). Code every interpreter shares (the prelude's) keeps no
// inline caches, so interpreters may run in parallel goroutines.
//
// The operating system is reached only through the Host interface; a call
// that would block returns ErrBlocked and is retried by the next Run with the
// same arguments, after any pending signal handler (PEP 475). Signal
// handlers run between bytecodes as Python frames. Errno values become
// OSError subclasses as in CPython's errnomap. stdout and stderr are line
// buffered like a terminal: a fork copies unflushed text, os._exit loses it.
// signal.set_wakeup_fd writes the signal number to its (non-blocking) fd
// when a signal is taken, before the Python handler runs. The private
// module _zombielab gives the multiprocessing model what the subset lacks:
// a pickle stand-in (pickle.go: by-reference functions and classes, memo for
// shared references and cycles), messages that carry fds, listening
// sockets (listen/connect/accept, through an optional Sockets host), fork+exec of a
// fresh `python -c` interpreter (Host.Spawn) and the re-import of the main
// file as __mp_main__ through Config.ReadFile.
// Interpreter exit follows Py_FinalizeEx: atexit handlers (LIFO, as frames
// that may block), flush, then Host.Exit with the status of SystemExit or 1
// after a traceback in CPython's format.
//
// The with statement follows CPython's protocol: __enter__ and __exit__ are
// looked up on the type, called as frames (their lines are steps), the
// __exit__ call is on the with line from 3.10 (PEP 626), and a missing
// method is AttributeError up to 3.10, TypeError from 3.11. __exit__ gets
// None as its traceback argument, as sys.exc_info() does here.
//
// Generators (vm_gen.go) run their frame on the interpreter's stack,
// pushed when resumed and popped at each yield, so `for x in gen()` steps
// through the generator's lines and a fork mid-iteration copies the
// suspended frame; send, throw, close, yield from and PEP 479 follow
// Objects/genobject.c. Builtins that consume a generator (list, sum,
// sorted, any, enumerate, str.join ...) and unpacking (a, b = g; [*g];
// f(*g); x in g) resume it from hidden Python loops, on the stack too
// (gen_builtins.go); only a generator pulled from Go code (a sorted key,
// __repr__) runs nested, without line stops, blocking or fork.
//
// Work budget (work.go): what a line does without lines of its own — a
// builtin's iterations, Python called back from Go, copies — is counted
// against a budget the simulator sets (SetWorkBudget) from its step cap;
// when it runs out, Run returns StopCapped in the middle of the line and
// the interpreter stops for good, which Python code cannot catch. sum,
// min and max iterate lazily as CPython's do; a sequence past the
// simulator's size limit is refused with MemoryError only once the work
// of producing it fits the budget.
//
// Annotations in module and class bodies fill __annotations__, and a
// def's fill its function's __annotations__, evaluated at the def (as
// source text under `from __future__ import annotations`); 3.14's lazy
// annotations (PEP 649) are modelled as 3.13's eager ones.
//
// Decorators are any expression on functions and classes (3.8 keeps its
// dotted-name grammar); __slots__ limits an instance's attributes as in
// CPython (slots.go). A class statement's namespace is CPython's:
// __qualname__ taken out of it, member descriptors for slots and the
// __dict__ and __weakref__ descriptors (getset.go), 3.13's
// __firstlineno__ and __static_attributes__. A class's own __new__ runs
// before __init__ (vm_call.go, afterNew), and dir() lists names as
// CPython's do (dir.go). Metaclasses are CPython's (metaclass.go): the
// metaclass= keyword or the bases' most derived type, __prepare__, a type
// subclass's __new__, __init__ and __call__, its methods, properties and
// special methods applying to its classes; a new class's __set_name__ and
// __init_subclass__ calls run as frames, so their lines are steps.
//
// Hashing follows CPython (hash.go): hash() of ints, floats, strs, bytes,
// tuples and frozensets prints CPython's numbers, and sets and frozensets
// keep CPython's table (settable.go: probing, dummies, resizes, and the
// order that add, discard, pop, copy, union, intersection, difference and
// the 3.9+ folding of constant set displays leave), so they iterate and
// print in CPython's order. str and bytes hash as CPython does with
// PYTHONHASHSEED=0 (SipHash-2-4 up to 3.10, SipHash-1-3 from 3.11, zero
// key), which is what the simulated environment, the corpus test and
// verify's probe set; a CPython run without it randomises str order.
// Classes' __hash__ and __eq__ are honoured in sets and dicts, and __eq__
// without __hash__ (or __hash__ = None) makes instances unhashable.
// Residual differences: an object CPython hashes by its address (an
// instance without __hash__, a function, a class, None before 3.12, NaN
// from 3.10) has no reproducible hash, so a set holding one keeps
// insertion order; from 3.9 a constant set display of three or more items
// is built as CPython's compiler builds its frozenset constant (twice:
// from the source order, then from its own order), which matched 99 % of
// a random sample, the rest differing in order; set.pop after a fork
// restarts its search at slot 0;
// a dict finds a key whose class defines __hash__ by comparing it with
// every key of its hash (CPython: by hash), calling __hash__ again each
// time.
//
// What it deliberately does not model: async, a metaclass's
// __prepare__ returning anything but a dict (metaclass.go),
// **kwargs in a class statement, subclassing builtin types other than
// exceptions, type (metaclasses), tuple (tuplesub.go: a tuple subclass may define only
// __new__, __init__, __repr__, __str__ and __getnewargs__ of the special
// methods, and its instances no attributes of their own), dict and list
// (dictsub.go, listsub.go: an instance with a mapping or a seq, as
// CPython's), codecs other
// than UTF-8, ASCII and Latin-1, and threads. bytes and bytearray have their methods
// (methods_bytes.go, methods_bytearray.go); a bytearray is an instance
// whose bytes a slice assignment or append replaces as a whole (O(n) per
// change); bytes % args formats through str's %-formatting, so %s of a
// non-bytes value is not refused as CPython refuses it. signal.Signals
// and signal.Handlers members are ints with a name (mod_signal_enum.go);
// their class prints as a class, not as <enum 'Signals'>. Ints are
// unbounded as in CPython (an Int while it fits in 64 bits, a *BigInt
// beyond), up to 4 million bits, with CPython's 4300-digit limit on
// int/str conversion. id() numbers objects in order of first request.
// dict.keys()/values()/items() return snapshots, not live views. A
// class's __dict__ is a read-only mappingproxy (mappingproxy.go); builtin
// types' namespaces hold their methods only, not CPython's slot wrappers.
// CPython builtins left out (eval, exec, compile, help, memoryview,
// complex, aiter, anext, exception groups) are NameErrors that say so
// (vm.go, unmodelledBuiltins); copying a builtin value copy cannot
// rebuild is refused with a message. sys.stdin
// reads descriptor 0 (a pipe from a parent, else the terminal, which reads
// as end of file like /dev/null) and input() reads a line of it. From 3.11 tracebacks draw CPython's caret lines (carets.go,
// carets_loc.go); from 3.12 an inlined comprehension's entry stands in for
// its caller's. From 3.9 __main__.__file__ is the absolute path of the main
// file (in the simulated working directory), as in CPython; tracebacks and
// warnings name the file as it was run (3.9+ print that absolute path). The special methods Python code calls implicitly (d[k],
// d[k] = v, del d[k], x in d, len(), iter() and for, str(), repr(), print(),
// operators, __getattr__, __setattr__, __delattr__, and the str()/repr() of
// f-string, % and str.format arguments) run as frames, as CPython runs
// them, so they step, block and fork (vm_dunder.go); other Python code
// called back from Go (sorted's key=, the reprs of a container's items,
// __eq__, __hash__, __bool__, __format__, setattr() on a property) runs
// to completion without line stops and may not block or fork. A generator left suspended in a try or
// with block is closed when a for loop that breaks or returns drops the
// last reference to it (the VM searches the heap), as CPython's
// reference counting does; dropped in any other way (a variable rebound,
// an exception, the end of the program) it is never closed. _zombielab.dumps is not pickle:
// its bytes are its own; __getstate__/__setstate__ are called, __reduce__ is not.
// os.get_blocking and set_wakeup_fd's non-blocking check know only what this
// process set with os.set_blocking.
package pyvm
