// This file lets a fork share functions instead of copying them.
//
// A real fork(2) copies no memory: parent and child share every page until
// one of them writes to it. The interpreter's objects point at each other,
// so sharing one means every pointer to it must stay right on both sides. A
// function is the one kind of object for which that is cheap: once made it
// is almost never written (setting __name__, __qualname__, __module__ or an
// attribute, or becoming a class's method), and what it points at that
// each process owns is its globals and its class. So Clone shares every
// plain function (no closure, no attributes, no keyword-only defaults,
// defaults that are immutable) and marks it shared; each interpreter then
// reads it through three small tables:
//
//   - fnPriv: this interpreter's own version of a shared function it
//     wrote to (made at its first write, as a page is copied at its first
//     write), so the other side never sees the change;
//   - gfwd and cfwd: the globals and the class a shared function names, as
//     this interpreter's copies of them (the child's module dictionary, not
//     the parent's).
//
// The parent reads its own functions through the same tables, which are
// empty for it (its globals are the function's). A function that is not
// plain is copied as before. Identity is unchanged: both sides hold the
// same pointer, as both processes see the same address.

package pyvm

// fnView is the version of fn this interpreter sees: its own copy if it
// wrote to a shared fn, else fn.
func (in *Interp) fnView(fn *Function) *Function {
	if fn.shared && in.fnPriv != nil {
		if p := in.fnPriv[fn]; p != nil {
			return p
		}
	}
	return fn
}

// fnGlobals is the globals a call of fn (a view) runs with here.
func (in *Interp) fnGlobals(fn *Function) *Dict {
	if fn.shared && in.gfwd != nil {
		if d := in.gfwd[fn.globals]; d != nil {
			return d
		}
	}
	return fn.globals
}

// fnOwner is the class whose method fn (a view) is here (super()).
func (in *Interp) fnOwner(fn *Function) *Class {
	if fn.shared && fn.owner != nil && in.cfwd != nil {
		if c := in.cfwd[fn.owner]; c != nil {
			return c
		}
	}
	return fn.owner
}

// fnWritable is the version of fn this interpreter may change: fn itself
// unless it is shared, else this interpreter's own copy.
func (in *Interp) fnWritable(fn *Function) *Function {
	if !fn.shared {
		return fn
	}
	if p := in.fnView(fn); p != fn {
		return p
	}
	p := *fn
	p.shared = false
	p.globals, p.owner = in.fnGlobals(fn), in.fnOwner(fn)
	if in.fnPriv == nil {
		in.fnPriv = map[*Function]*Function{}
	}
	in.fnPriv[fn] = &p
	in.shareEpoch = nil // what a fork found shareable may not be now
	return &p
}

// shareEpoch is a name, distinct from every other while anything holds it
// (so it has a size: Go may give zero-size values one address).
type shareEpoch struct{ _ byte }

// plainFunction reports a function a fork may share: everything it holds
// is immutable apart from its globals and class, which are looked up.
func plainFunction(x *Function) bool {
	return x.closure == nil && x.dict == nil && x.kwdefs == nil && x.annotations == nil && immutableDefaults(x.defaults) && (x.module == nil || isScalar(x.module))
}

// immutableDefaults reports default values a fork may share: scalars, and
// tuples of them, which Clone shares too (value). An `args=()` default,
// as in multiprocessing's BaseProcess.__init__ and Finalize.__init__, kept
// their whole classes from being shared: 28 and 11 entries, and their
// functions, copied at every fork.
func immutableDefaults(vs []Value) bool {
	for i, v := range vs {
		if t, ok := v.(*Tuple); ok && !allScalar(t.items) || !ok && !allScalar(vs[i:i+1]) {
			return false
		}
	}
	return true
}

// shareFunction gives the clone x itself, and the clone's copies of the
// globals and class x names in the interpreter being cloned.
func (c *cloner) shareFunction(x *Function) {
	x.shared = true
	c.forward(x.globals, x.owner)
}

// forward makes sure the clone has its copies of globals and owner (a
// shared function's, as the interpreter being cloned sees them: fnGlobals,
// fnOwner) in gfwd and cfwd.
func (c *cloner) forward(globals *Dict, owner *Class) {
	// A module's or class's functions come one after another: the last
	// globals and class seen need no lookup.
	if globals != c.lastGlobals {
		if _, ok := c.dst.gfwd[globals]; !ok {
			if c.dst.gfwd == nil {
				c.dst.gfwd = map[*Dict]*Dict{}
			}
			c.dst.gfwd[globals] = nil // being copied (a cycle back to x)
			src := globals
			if c.src.gfwd != nil {
				if d := c.src.gfwd[globals]; d != nil {
					src = d
				}
			}
			c.dst.gfwd[globals] = c.dict(src)
		}
		c.lastGlobals = globals
	}
	if owner != nil && owner != c.lastOwner {
		c.lastOwner = owner
		if _, ok := c.dst.cfwd[owner]; !ok {
			if c.dst.cfwd == nil {
				c.dst.cfwd = map[*Class]*Class{}
			}
			c.dst.cfwd[owner] = nil
			src := owner
			if c.src.cfwd != nil {
				if k := c.src.cfwd[owner]; k != nil {
					src = k
				}
			}
			c.dst.cfwd[owner] = c.value(src).(*Class)
		}
	}
}
