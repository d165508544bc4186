// This file implements _zombielab, the private native module that the
// multiprocessing model's reduction.py imports (sim/mp) for what the
// Python subset cannot do: pickling (pickle.go), passing fds in a message
// (reduction.sendfds/recvfds over AF_UNIX with SCM_RIGHTS), fork+exec of a
// fresh interpreter (_posixsubprocess.fork_exec behind util.spawnv_passfds),
// running the main file as __mp_main__ (spawn._fixup_main_from_path with
// runpy.run_path), traceback.print_exc and what warnings.py needs
// from the interpreter (warnings.go).

package pyvm

import (
	"encoding/binary"
	"errors"
	"strings"
)

// errFramePushed is returned by a native function that pushed a Python
// frame: the frame's return value becomes the call's result.
var errFramePushed = errors.New("pyvm: native call continues in a frame")

// msgHeader is the length prefix sendmsg puts before each message's data,
// so that recvmsg returns exactly one message (a pipe has no boundaries).
const msgHeader = 4

// partialMsg is a message recvmsg has begun to read.
type partialMsg struct {
	fd   int
	need int // bytes of data still to read
	data []byte
	fds  []int
}

func newZombielabModule(in *Interp) *Module {
	m := newNativeModule("_zombielab")
	m.fn("dumps", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("dumps", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return in.pickleDumps(args[0])
	})
	m.fn("loads", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("loads", args, kw, 1, 1); err != nil {
			return nil, err
		}
		b, ok := args[0].(Bytes)
		if !ok {
			return nil, newTypeError("a bytes-like object is required, not '%s'", typeName(args[0]))
		}
		// From Python code the __setstate__ calls run afterwards, as
		// frames of the hidden _setstates (prelude.go), in load order.
		v, pending, err := in.pickleLoadsDeferred([]byte(b), in.syncDepth == 0)
		if err != nil || len(pending) == 0 {
			return v, err
		}
		helper, _ := in.prelude.dict.getStr("_setstates")
		_, pushed, err := in.call(helper, []Value{v, newList(pending)}, nil)
		if err == nil && pushed {
			return nil, errFramePushed
		}
		return nil, err
	})
	m.fn("sre_compile", sreCompileFn)
	m.fn("sendmsg", zlSendmsg)
	m.fn("recvmsg", zlRecvmsg)
	m.fn("listen", zlListen)
	m.fn("connect", zlConnect)
	m.fn("accept", zlAccept)
	m.fn("spawnv_passfds", zlSpawn)
	m.fn("import_main_path", zlImportMainPath)
	m.fn("warn_deprecated", zlWarnDeprecated)
	m.fn("warn_context", zlWarnContext)
	m.fn("source_line", zlSourceLine)
	m.fn("frame_globals", zlFrameGlobals)
	m.fn("tuplegetter", zlTupleGetter)
	m.fn("ordered_view", func(in *Interp, args []Value, kw []string) (Value, error) {
		// ordered_view(od, kind): OrderedDict's keys/values/items view
		// (odict_keys, ...; dictview.go).
		if err := checkArgs("ordered_view", args, kw, 2, 2); err != nil {
			return nil, err
		}
		d, ok := mappingOf(args[0])
		kind, isStr := args[1].(Str)
		kinds := map[Str]iterKind{"keys": iterKeys, "values": iterVals, "items": iterItems}
		k, known := kinds[kind]
		if !ok || !isStr || !known {
			return nil, newTypeError("ordered_view() needs a dict and 'keys', 'values' or 'items'")
		}
		return newDictView(d, k, true), nil
	})
	m.fn("gen_type", func(in *Interp, args []Value, kw []string) (Value, error) {
		// gen_type(gen, cls): the generator stands for an instance of
		// the C type cls (itertools.chain, ...: Generator.cls).
		if err := checkArgs("gen_type", args, kw, 2, 2); err != nil {
			return nil, err
		}
		c, ok := args[1].(*Class)
		if !ok {
			return nil, newTypeError("gen_type() needs a class")
		}
		if g, ok := args[0].(*Generator); ok {
			g.cls = c
		}
		return args[0], nil
	})
	m.fn("abc_class", func(in *Interp, args []Value, kw []string) (Value, error) {
		// abc_class(cls, check): isinstance/issubclass against cls ask
		// check(cls, C) (Class.abcCheck).
		if err := checkArgs("abc_class", args, kw, 2, 2); err != nil {
			return nil, err
		}
		c, ok := args[0].(*Class)
		if !ok || c.builtin || !isCallable(args[1]) {
			return nil, newTypeError("abc_class() needs a class of the program's and a function")
		}
		c.abcCheck = args[1]
		return c, nil
	})
	m.fn("c_type", func(in *Interp, args []Value, kw []string) (Value, error) {
		// c_type(cls): cls stands for a C type (Class.ctype).
		if err := checkArgs("c_type", args, kw, 1, 1); err != nil {
			return nil, err
		}
		c, ok := args[0].(*Class)
		if !ok || c.builtin {
			return nil, newTypeError("c_type() needs a class of the program's")
		}
		c.ctype = true
		return c, nil
	})
	zombielabPickleFns(m) // mod_zombielab_pickle.go: for the library's pickle
	m.fn("print_exc", func(in *Interp, args []Value, kw []string) (Value, error) {
		in.stderr.write(in, in.formatCurrent())
		return None, nil
	})
	return m
}

// intList reads an iterable of ints (an fd list).
func (in *Interp) intList(v Value) ([]int, error) {
	vs, err := in.iterate(v)
	if err != nil {
		return nil, err
	}
	out := make([]int, len(vs))
	for i, x := range vs {
		n, ok := asInt(x)
		if !ok {
			return nil, newTypeError("an integer is required (got type %s)", typeName(x))
		}
		out[i] = int(n)
	}
	return out, nil
}

// zlSendmsg is sendmsg(fd, data, fds): one message, its fds attached to
// its first byte.
func zlSendmsg(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("sendmsg", args, kw, 3, 3); err != nil {
		return nil, err
	}
	fd, ok := asInt(args[0])
	data, ok2 := args[1].(Bytes)
	if !ok || !ok2 {
		return nil, newTypeError("sendmsg(fd: int, data: bytes, fds: list)")
	}
	fds, err := in.intList(args[2])
	if err != nil {
		return nil, err
	}
	msg := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
	msg = append(msg, data...)
	if _, err := in.host.SendMsg(int(fd), msg, fds); err != nil {
		return nil, osError(err)
	}
	return None, nil
}

// zlRecvmsg is recvmsg(fd) -> (data, fds); (b”, []) at EOF.
func zlRecvmsg(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("recvmsg", args, kw, 1, 1); err != nil {
		return nil, err
	}
	n, ok := asInt(args[0])
	if !ok {
		return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(args[0]))
	}
	fd := int(n)
	if in.t.recv == nil || in.t.recv.fd != fd {
		head, fds, err := in.host.RecvMsg(fd, msgHeader)
		if err != nil {
			return nil, osError(err)
		}
		if len(head) == 0 {
			return newTuple([]Value{Bytes(""), newList(nil)}), nil
		}
		if len(head) < msgHeader {
			return nil, raisef(osErrorClass, "recvmsg: truncated message header")
		}
		in.t.recv = &partialMsg{fd: fd, need: int(binary.BigEndian.Uint32(head)), fds: fds}
	}
	for p := in.t.recv; p.need > 0; {
		b, _, err := in.host.RecvMsg(fd, p.need)
		if err != nil {
			return nil, osError(err) // ErrBlocked: the retry continues here
		}
		if len(b) == 0 {
			in.t.recv = nil
			return nil, raisef(osErrorClass, "recvmsg: message truncated by EOF")
		}
		p.data = append(p.data, b...)
		p.need -= len(b)
	}
	p := in.t.recv
	in.t.recv = nil
	fds := make([]Value, len(p.fds))
	for i, x := range p.fds {
		fds[i] = mkInt(int64(x))
	}
	return newTuple([]Value{Bytes(p.data), newList(fds)}), nil
}

// zlSpawn is spawnv_passfds(path, args, passfds) -> pid: args[0] names the
// program (path is the same executable).
func zlSpawn(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("spawnv_passfds", args, kw, 3, 3); err != nil {
		return nil, err
	}
	vs, err := in.iterate(args[1])
	if err != nil {
		return nil, err
	}
	argv := make([]string, len(vs))
	for i, v := range vs {
		argv[i] = strNoCall(v)
	}
	fds, err := in.intList(args[2])
	if err != nil {
		return nil, err
	}
	pid, err := in.host.Spawn(argv, fds)
	if err != nil {
		return nil, osError(err)
	}
	return mkInt(int64(pid)), nil
}

// zlImportMainPath runs the file at path as module __mp_main__ (its
// `if __name__ == '__main__':` block does not run), then makes
// sys.modules['__main__'] the same module (spawn._fixup_main_from_path).
// The body runs as an ordinary frame: its lines are steps.
func zlImportMainPath(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("import_main_path", args, kw, 1, 1); err != nil {
		return nil, err
	}
	path, ok := args[0].(Str)
	if !ok {
		return nil, newTypeError("import_main_path() argument must be str")
	}
	// From 3.9 __main__.__file__ is absolute (RunMain) while code objects
	// keep the name the program was run by: a file under the working
	// directory, or under the one every simulated process starts in (the
	// program may have changed directory since), is read and compiled by
	// its name relative to it.
	file := string(path)
	var src []byte
	found := false
	if in.cfg.ReadFile != nil {
		var names []string
		for _, dir := range []string{cwdOf(in), simCwd} {
			if rel, ok := strings.CutPrefix(file, dir+"/"); ok {
				names = append(names, rel)
			}
		}
		for _, name := range append(names, file) {
			if src, found = in.cfg.ReadFile(name); found {
				file = name
				break
			}
		}
	}
	if !found {
		return nil, raisef(fileNotFoundClass, "[Errno 2] No such file or directory: '%s'", string(path))
	}
	code, err := in.compileSource(file, src, false)
	if err != nil {
		return nil, raisef(importErrorClass, "%s", err.Error()) // as importOne reports it
	}
	mod := in.newModule("__mp_main__", string(path))
	in.modules.setStr("__mp_main__", mod)
	f := in.moduleFrame(code, mod)
	f.ret = retAliasMain
	if err := in.pushFrame(f); err != nil {
		return nil, err
	}
	return nil, errFramePushed
}

// zlSockets returns the host's sockets, or the error a program meets on a
// host without them.
func zlSockets(in *Interp) (Sockets, error) {
	s, ok := in.host.(Sockets)
	if !ok {
		return nil, raisef(notImplementedClass, "this host does not model sockets (multiprocessing.connection.Listener)")
	}
	return s, nil
}

// zlAddress reads a (inet, name) pair of arguments.
func zlAddress(fn string, args []Value, kw []string) (bool, string, error) {
	if err := checkArgs(fn, args, kw, 2, 2); err != nil {
		return false, "", err
	}
	name, ok := args[1].(Str)
	if !ok {
		return false, "", newTypeError("%s() address must be str, not '%s'", fn, typeName(args[1]))
	}
	return truth(args[0]), string(name), nil
}

// zlListen is socket() + bind() + listen(): _zombielab.listen(inet, name)
// returns the listening socket's fd.
func zlListen(in *Interp, args []Value, kw []string) (Value, error) {
	inet, name, err := zlAddress("listen", args, kw)
	if err != nil {
		return nil, err
	}
	s, err := zlSockets(in)
	if err != nil {
		return nil, err
	}
	fd, err := s.Listen(inet, name)
	if err != nil {
		return nil, osError(err)
	}
	return mkInt(int64(fd)), nil
}

// zlConnect is socket() + connect(): _zombielab.connect(inet, name)
// returns the connection's (read fd, write fd).
func zlConnect(in *Interp, args []Value, kw []string) (Value, error) {
	inet, name, err := zlAddress("connect", args, kw)
	if err != nil {
		return nil, err
	}
	s, err := zlSockets(in)
	if err != nil {
		return nil, err
	}
	r, w, err := s.Connect(inet, name)
	if err != nil {
		return nil, osError(err)
	}
	return newTuple([]Value{mkInt(int64(r)), mkInt(int64(w))}), nil
}

// zlAccept is accept(): _zombielab.accept(fd) waits for a connection and
// returns its (read fd, write fd).
func zlAccept(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("accept", args, kw, 1, 1); err != nil {
		return nil, err
	}
	fd, ok := asInt(args[0])
	if !ok {
		return nil, newTypeError("an integer is required (got type %s)", typeName(args[0]))
	}
	s, err := zlSockets(in)
	if err != nil {
		return nil, err
	}
	r, w, err := s.Accept(int(fd))
	if err != nil {
		return nil, osError(err)
	}
	return newTuple([]Value{mkInt(int64(r)), mkInt(int64(w))}), nil
}
