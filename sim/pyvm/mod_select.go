// This file implements select.select for readable descriptors (what
// multiprocessing.connection.wait needs) and the errno module.

package pyvm

func newSelectModule(in *Interp) *Module {
	m := newNativeModule("select")
	m.fn("select", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("select", args, kw, 3, 4); err != nil {
			return nil, err
		}
		objs, err := in.iterate(args[0])
		if err != nil {
			return nil, err
		}
		fds := make([]int, len(objs))
		for i, o := range objs {
			fd, err := in.fileno(o)
			if err != nil {
				return nil, err
			}
			fds[i] = fd
		}
		timeout := -1.0
		if len(args) == 4 && args[3] != None {
			t, ok := asFloat(args[3])
			if !ok {
				return nil, newTypeError("timeout must be a float or None")
			}
			if t < 0 {
				return nil, newValueError("timeout must be non-negative")
			}
			timeout = t
		}
		ready, err := in.host.Select(fds, timeout)
		if err != nil {
			return nil, osError(err)
		}
		var out []Value
		for i, fd := range fds {
			for _, r := range ready {
				if r == fd {
					out = append(out, objs[i])
					break
				}
			}
		}
		return newTuple([]Value{newList(out), newList(nil), newList(nil)}), nil
	})
	return m
}

// fileno accepts an int or an object with a fileno() method.
func (in *Interp) fileno(o Value) (int, error) {
	if n, ok := asInt(o); ok {
		return int(n), nil
	}
	m, err := in.getAttr(o, "fileno")
	if err != nil {
		return 0, newTypeError("argument must be an int, or have a fileno() method.")
	}
	r, err := in.callSync(m, nil, nil)
	if err != nil {
		return 0, err
	}
	n, ok := asInt(r)
	if !ok {
		return 0, newTypeError("fileno() returned a non-integer")
	}
	return int(n), nil
}

func newErrnoModule(in *Interp) *Module {
	m := newNativeModule("errno")
	codes := newDict()
	for _, e := range errnoOrder {
		m.dict.setStr(e.Name(), mkInt(int64(e)))
		codes.t.put(mkInt(int64(e)), Str(e.Name()))
	}
	m.dict.setStr("EWOULDBLOCK", mkInt(int64(EAGAIN)))
	m.dict.setStr("errorcode", codes)
	return m
}
