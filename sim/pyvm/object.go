// This file defines the heap objects of the VM: containers, classes,
// instances, functions, modules and iterators. All are plain structs so that
// Clone can copy them.

package pyvm

// List is a Python list.
type List struct {
	items []Value
	// shared: a fork's copy and its original share items, which hold only
	// immutable values, until this side writes (own).
	shared bool
	// frozen: items[:frozen] are shared with a fork's copy that sees only
	// them (its slice ends there, with no room after it), so this side may
	// append without copying, as a real fork copies only the pages written;
	// a write below frozen copies first (ownFrom).
	frozen int
}

// own gives the list its own items before a write, if a fork shares them.
// Every write to a list's items goes through it or ownFrom first.
func (l *List) own() { l.ownFrom(0) }

// ownFrom is own for a write at index i and after; appending is a write at
// len(items).
func (l *List) ownFrom(i int) {
	if l.shared || i < l.frozen {
		l.items, l.shared, l.frozen = append([]Value(nil), l.items...), false, 0
	}
}

// Tuple is a Python tuple (its slice is never mutated after creation).
// seq, when set, makes it a struct sequence such as sys.version_info or
// os.times()'s result: a tuple subclass with named fields.
type Tuple struct {
	items []Value
	seq   *structSeq
}

// structSeq is a struct sequence type (Objects/structseq.c): a builtin
// subclass of tuple whose items have names, printed as
// "module.name(field=value, ...)".
type structSeq struct {
	cls    *Class
	fields []string
}

func newStructSeq(module, name string, fields ...string) *structSeq {
	c := builtinClassOf(name, tupleClass)
	c.module = module
	return &structSeq{cls: c, fields: fields}
}

// The struct sequences the modules return.
var (
	versionInfoSeq = newStructSeq("sys", "version_info", "major", "minor", "micro", "releaselevel", "serial")
	timesResultSeq = newStructSeq("posix", "times_result", "user", "system", "children_user", "children_system", "elapsed")
	waitidSeq      = newStructSeq("posix", "waitid_result", "si_pid", "si_uid", "si_signo", "si_status", "si_code")
	rusageSeq      = newStructSeq("resource", "struct_rusage", "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
		"ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv",
		"ru_nsignals", "ru_nvcsw", "ru_nivcsw")
	structTimeSeq = newStructSeq("time", "struct_time", "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")
)

// structSeqs finds a struct sequence type by "module.name" (unpickling).
var structSeqs = map[string]*structSeq{}

func init() {
	for _, s := range []*structSeq{versionInfoSeq, timesResultSeq, waitidSeq, rusageSeq, structTimeSeq} {
		structSeqs[s.cls.module+"."+s.cls.name] = s
	}
}

// Dict is an insertion-ordered Python dict.
type Dict struct{ t table }

// Set is a Python set or frozenset, in CPython's table layout
// (settable.go).
type Set struct{ t table }

// Cell holds a variable captured by a closure.
type Cell struct{ v Value }

// Range is range(start, stop, step).
type Range struct{ start, stop, step int64 }

func (r *Range) length() int64 {
	if r.step > 0 && r.start < r.stop {
		return (r.stop - r.start + r.step - 1) / r.step
	}
	if r.step < 0 && r.start > r.stop {
		return (r.start - r.stop - r.step - 1) / (-r.step)
	}
	return 0
}

// Slice is a slice object lo:hi:step.
type Slice struct{ lo, hi, step Value }

// Class is a Python class, builtin or defined by the program. Its small
// fields come last, together: a fork copies the classes it reaches.
type Class struct {
	name string
	// qualname is __qualname__ ("Outer.Inner"), which type_new takes out
	// of the class body's namespace; "" for builtin classes (their name).
	qualname string
	module   string
	bases    []*Class
	mro      []*Class
	dict     *Dict
	// abcCheck is the function isinstance() and issubclass() ask for a
	// class of collections.abc (or one register() was called on): the
	// library's stand-in for ABCMeta.__subclasscheck__; nil for others.
	abcCheck Value
	// ctor constructs an instance of a builtin type: int(...), str(...), ...
	ctor func(in *Interp, cls *Class, args []Value, kw []string) (Value, error)
	id   int64
	slotInfo
	// attrHint is how many attributes an instance has had at most: new
	// instances' dictionaries are made that large (a user class only;
	// builtin classes are shared by every interpreter and never written).
	attrHint int
	// lcache is where lookup found names (types.go); lcacheShared: a fork
	// shares it with its copy, and either makes a new one to add to.
	lcache map[string]placeHint
	// setattr is where lookup last found __setattr__, asked at every
	// STORE_ATTR of an instance (types.go, lookupAt); a fork's copy starts
	// without it.
	setattr placeHint
	mark    cloneMark[Class] // a Clone's copy of it (clonememo.go)
	// tseq is what the instances of a tuple subclass carry (tuplesub.go).
	tseq *structSeq
	// meta is the class's type when that is a subclass of type (a
	// metaclass, metaclass.go); nil for type.
	meta *Class

	// weakrefs: instances take weak references (the class or a base got
	// a __weakref__ descriptor, getset.go).
	weakrefs bool
	builtin  bool // builtin classes are shared between interpreters and never cloned
	// ctype: a library class that stands for a C type, whose tp_name
	// messages give as module.name ('collections.defaultdict' object has
	// no attribute ...); _zombielab.c_type marks it.
	ctype        bool
	lcacheShared bool
	lmiss        uint8 // lookups not remembered while lcache was shared
}

// slotInfo is what a class's __slots__ says (slots.go).
type slotInfo struct {
	slots     []string // the names this class's own __slots__ declares
	declares  bool     // the class body assigns __slots__
	slotDict  bool     // "__dict__" is one of them
	restricts bool     // instances take no attribute beyond the slots of the MRO
}

// Instance is an instance of a user class or of an exception class.
type Instance struct {
	cls  *Class
	dict *Dict
	exc  *excState // non-nil for BaseException instances
	id   int64
	// mapping is the dict an instance of a dict subclass is (dictsub.go).
	mapping *Dict
	// seq is the list an instance of a list subclass is (listsub.go).
	seq *List
}

// excState is the exception part of an instance.
type excState struct {
	args     *Tuple
	tb       []tbEntry // innermost first
	cause    Value
	context  Value
	suppress bool // __suppress_context__
	// hint is the name a NameError's traceback line suggests, forgot the
	// module it suggests importing (suggest.go).
	hint, forgot string
	// attrObj and attrName are what an AttributeError did not find (its obj
	// and name), attrSelf that obj was the failing method's self.
	attrObj  Value
	attrName string
	attrSelf bool
	// members are the values of the attributes some exception types
	// keep in C members (excMembers): name, obj, path, msg, name_from.
	members map[string]Value
}

// tbEntry is one traceback line: where a frame was when the exception passed.
type tbEntry struct {
	code *Code
	line int
	// ip is the instruction that was running (its Locs range: carets).
	ip int32
}

// Function is a Python function (def or lambda).
type Function struct {
	code     *Code
	globals  *Dict
	defaults []Value
	kwdefs   *Dict // may be nil
	closure  []*Cell
	dict     *Dict // function attributes, created lazily
	// annotations is __annotations__: the parameters' and the return's
	// annotations, evaluated at the def (3.8-3.13); nil for none yet.
	annotations *Dict
	owner       *Class
	name        string
	qualname    string
	module      Value
	id          int64
	// shared: a fork shares this function with its clone; read it
	// through Interp.fnView and change it through fnWritable (share.go).
	shared bool
}

// nativeFn is a function implemented in Go. kw names the trailing len(kw)
// arguments passed by keyword.
type nativeFn func(in *Interp, args []Value, kw []string) (Value, error)

// Builtin is a native function or method.
type Builtin struct {
	name string
	fn   nativeFn
	// owner is the builtin type whose method this is (zz_owners.go), nil
	// for a function: a call with no self is then the type's TypeError.
	owner *Class
	// function marks a builtin function of a module (len, os.getpid): not
	// a method descriptor, so a class holding it does not bind it to an
	// instance (PyCFunction has no __get__; a function of the builtins
	// or of a module made by Module.fn).
	function bool
	// minors are the versions whose type has this method, bit m-8 for
	// 3.m (zz_owners.go, from dir_table.go); 0 for every version.
	minors uint8
}

// BoundMethod binds self to a function or builtin method.
type BoundMethod struct {
	self Value
	fn   Value
}

// Module is an imported module.
type Module struct {
	name string
	dict *Dict
	// absent are the names of dict that this CPython version's module
	// lacks (libversions.go), nil for most modules.
	absent map[string]bool
}

// Property is a @property descriptor.
type Property struct{ fget, fset, fdel Value }

// StaticMethod wraps a function found on a class without binding.
type StaticMethod struct{ fn Value }

// ClassMethod binds the class instead of the instance.
type ClassMethod struct{ fn Value }

// Super is the object returned by super().
type Super struct {
	cls  *Class // the class where the search starts after
	self Value
}

// Generator is a generator object (PEP 255): the frame of a call of a
// generator function, run a piece at a time (vm_gen.go).
type Generator struct {
	frame    *Frame
	state    genState
	mode     genMode // how the running resumption delivers a yield or a return
	dflt     Value   // genCallDefault: next()'s default
	name     string
	qualname string
	// cls is the builtin iterator type a hidden generator stands for
	// (map, filter, ...: iterclasses.go), or nil.
	cls *Class
}

// Iter is an iterator over a snapshot-free source: it reads the container
// at each step, as CPython's list and dict iterators do.
type Iter struct {
	kind iterKind
	src  Value
	i    int64
	n    int64  // for dicts/sets: size at creation, to detect changes
	cls  *Class // its type when not the kind's (iterclasses.go), or nil
}

type iterKind uint8

const (
	iterSeq      iterKind = iota // list or tuple items
	iterStr                      // str characters (i is a byte offset)
	iterRange                    // range values
	iterKeys                     // dict or set keys
	iterVals                     // dict values
	iterItems                    // dict items
	iterEnum                     // enumerate: src is *enumState
	iterZip                      // zip: src is *Tuple of iterators
	iterCall                     // a Python object with __next__ (src)
	iterGetItem                  // a Python object with only __getitem__: src[0], src[1], ... until IndexError
	iterSentinel                 // iter(callable, sentinel): src is the (callable, sentinel) tuple; n < 0 once done
)

func (k iterKind) String() string {
	return [...]string{"seq", "str", "range", "keys", "values", "items", "enumerate", "zip", "call", "getitem", "callable"}[k]
}

// enumState is the state of an enumerate object.
type enumState struct {
	it    Value
	count int64
}

func newList(items []Value) *List   { return &List{items: items} }
func newTuple(items []Value) *Tuple { return &Tuple{items: items} }

var emptyTuple = &Tuple{}

func newDict() *Dict { return &Dict{t: newTable(0)} }
func newSet() *Set   { return &Set{t: newTable(0)} }

// setStr sets a str key (namespaces, attributes).
func (d *Dict) setStr(k string, v Value) { d.setStrKey(k, nil, v) }

// setStrKey is setStr with k also as a str value (key), or nil: a new key
// is not boxed again.
func (d *Dict) setStrKey(k string, key, v Value) {
	if i, ok := d.t.strIndex(k); ok {
		d.t.ownEntries()
		d.t.entries[i].val = v
		return
	}
	if key == nil {
		key = Str(k)
	}
	d.t.addStrKey(k, key, v)
}

// addStrKey adds str key k (key, as a value), which t does not hold.
func (t *table) addStrKey(k string, key, v Value) {
	if t.form == formHashed {
		t.toOrdered()
	}
	t.ownEntries()
	t.noteStr(k, len(t.entries))
	t.entries = append(t.entries, entry{key: key, val: v})
	t.live++
	t.version++
}

// newDictSized is an empty dict with room for n str keys.
func newDictSized(n int) *Dict {
	return &Dict{t: table{sidx: newSidx(n), entries: make([]entry, 0, n)}}
}

// nameSlot is an instruction's inline cache for a name it loads or stores:
// the place in its table where the name was last found. A slot is used
// only while the entry at that place, in whichever table the instruction
// looks now, is alive and holds the same key; a table holds a key once, so
// that entry is the key's, and a slot is never wrong, only sometimes
// missed (a rebuilt table). It is not tied to one table: a fork's copy of a
// dictionary keeps its entries' places, so a child's first look through
// its parent's slot hits.
type nameSlot struct {
	i int
}

// at is the entry of t at s's place, if it holds k (a dead entry has no
// key), else nil.
func (s *nameSlot) at(t *table, k string) *entry {
	if s == nil {
		return nil
	}
	return t.strEntry(s.i, k)
}

// strEntry is entry i of t if it is there and holds str key k, else nil.
func (t *table) strEntry(i int, k string) *entry {
	if i >= len(t.entries) {
		return nil
	}
	e := &t.entries[i]
	if ks, ok := e.key.(Str); ok && string(ks) == k {
		return e
	}
	return nil
}

// getStrAt is getStr through an instruction's slot.
func (d *Dict) getStrAt(k string, s *nameSlot) (Value, bool) {
	if e := s.at(&d.t, k); e != nil {
		return e.val, true
	}
	i, ok := d.t.strIndex(k)
	if !ok {
		return nil, false
	}
	if s != nil {
		s.i = i
	}
	return d.t.entries[i].val, true
}

// setStrAt is setStr through an instruction's slot (a slot into entries a
// fork still shares is not written through: setStr copies them first).
func (d *Dict) setStrAt(k string, v Value, s *nameSlot) {
	if e := s.at(&d.t, k); e != nil && !d.t.entriesShared {
		e.val = v
		return
	}
	d.setStr(k, v)
	if i, ok := d.t.strIndex(k); ok && s != nil {
		s.i = i
	}
}

// getStr looks up a str key without hashing errors.
func (d *Dict) getStr(k string) (Value, bool) {
	i, ok := d.t.strIndex(k)
	if !ok {
		return nil, false
	}
	return d.t.entries[i].val, true
}
