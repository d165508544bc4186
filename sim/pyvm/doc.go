// Package pyvm compiles the Python subset of package pyast to bytecode and runs
// it on a stack virtual machine built for a process simulator.
//
// What it models: one CPython interpreter per simulated process. The whole
// state of an interpreter — frames, operand and block stacks, the handled
// exception stack, module table (sys.modules), heap objects, the atexit list
// and signal handlers — is plain Go data, so os.fork() clones a process in
// the middle of a statement (Interp.Clone) and the child resumes the pending
// call with 0. The VM stops before every new line (CPython's line-event rule
// as sys.settrace sees it: a new line number, or a backward jump), so a
// scheduler can interleave processes line by line. The operating system is
// reached only through the Host interface; a call that would block returns
// ErrBlocked and is retried by the next Run without being consumed, with
// pending signal handlers run first (PEP 475).
//
// What it deliberately does not model: generators, async, `with`, the walrus
// operator, arbitrary decorators, metaclasses, multiple inheritance beyond a
// depth-first MRO, user-defined __hash__ (instances hash by identity), bytes
// beyond literals, and threads. Generator expressions are evaluated eagerly
// as lists. Sets iterate in insertion order (CPython's order is hash-based;
// ours is deterministic). id() numbers objects in allocation order of first
// request, not by address. Python code called back from native functions
// (sorted's key=, __repr__ inside print, __eq__) runs to completion without
// line stops and may not block or fork.
package pyvm
