// Package pylib holds the everyday standard library that short learner
// programs import, written in the Python subset that sim/pyvm runs, and
// serves it to the interpreter's Loader (Source) after sim/mp's
// multiprocessing. Its lines are steps like the program's own, so a
// learner can step into logging.info() and see the record formatted with
// %(processName)s.
//
// What it models: each module in lib/ is a condensed rewrite of the
// CPython file named in its opening comment, for the versions named there
// (3.8 to 3.14), complete for what tutorials and Q&A answers use; where
// versions differ the code branches on sys.version_info, the modelled
// version. The modules: collections, functools, operator, string,
// textwrap, contextlib, io (StringIO, BytesIO), json (with json.encoder
// and json.decoder), logging, copy, heapq, bisect, statistics, dataclasses,
// typing, __future__, types, abc, keyword, pprint, argparse, datetime,
// re, shlex and itertools (shadowed for now by pyvm's native itertools,
// which has count alone); _text holds str methods the subset lacks. enum
// has Enum, auto and unique, made by a real metaclass (EnumMeta), and
// abc's ABCMeta is one too; IntEnum, StrEnum and Flag wait for int and str
// subclasses, so importing them is refused.
//
// threading and queue run on the VM's threads (sim/pyvm/thread.go: kernel
// tasks, the GIL, _thread); threading.local is the VM's _thread._local.
// concurrent.futures (Future, wait, as_completed, ThreadPoolExecutor,
// ProcessPoolExecutor over sim/mp's multiprocessing) is here as it is in
// CPython's Lib/, outside the multiprocessing package.
//
// The programs of testdata run under the simulator as CPython 3.8, 3.11
// and 3.13 (or the versions a "# versions:" header names; the thread_*
// programs add 3.12) and must print what real CPython printed: their
// expected files are recorded from the real interpreters (go test
// -update). A program
// whose header says "# blocked: ..." records what CPython does with
// something pyvm cannot run yet and is skipped until it can;
// vm_gaps_blocked.py is the checklist of what the library works around.
//
// What it deliberately does not model: the C accelerators (_collections,
// _functools, _json, _heapq, _bisect, _datetime, _sre) beyond their observable
// behaviour, weak references and pickling. Counter, defaultdict and
// OrderedDict are dict subclasses (sim/pyvm/dictsub.go) and a namedtuple a
// tuple subclass (sim/pyvm/tuplesub.go), as in CPython; the subset cannot
// subclass int or str, so IntEnum emulates its base type. Each
// module's opening comment lists what it leaves out.
package pylib
