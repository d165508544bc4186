// Package pylib holds the everyday standard library that short learner
// programs import (collections, functools, string, textwrap, contextlib,
// json, logging, io, copy, operator, heapq, bisect, statistics ...), written
// in the Python subset that sim/pyvm runs, and serves it to the
// interpreter's Loader (Source), beside sim/mp's multiprocessing. Its lines
// are steps like the program's own, so a learner can step into
// logging.info() and see the record formatted with %(process)d.
//
// What it models: each module is a condensed rewrite of the CPython Lib/
// file named in its header, for the versions named there (3.8 to 3.14),
// complete for what tutorials and Q&A answers use; where versions differ
// the code branches on sys.version_info, which is the modelled version.
// Every module is checked against real CPython 3.8, 3.11 and 3.13 by the
// programs of testdata (their expected output is recorded from CPython).
//
// What it deliberately does not model: the C accelerators (_collections,
// _functools, _json, _heapq, _bisect: the pure-Python fallbacks' behaviour
// is what runs), threads and locks (logging's locks are absent), weak
// references, pickling support (__reduce__), and anything the subset
// cannot express yet: each module's header lists what it leaves out.
package pylib
