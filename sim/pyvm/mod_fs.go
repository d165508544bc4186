// This file implements open() and its file objects over the Host's file
// system (regular files, /dev/null, procfs), os.fdopen over a pipe's
// descriptor, and os.path (Lib/posixpath.py, condensed). A file opened by
// path is read whole when opened (procfs files are generated then, as a
// reader of a small /proc file sees them) and written through on every
// write; a file over a descriptor reads and writes the descriptor, and a
// read that would block blocks the process, to be retried.

package pyvm

import "strings"

// simCwd is the working directory a simulated process starts in (the
// scenario's file is there); os.chdir changes it per process.
const simCwd = "/root"

// cwdOf is the process's working directory, kept in its os module (so a
// fork copies it).
func cwdOf(in *Interp) string {
	if mv, ok := in.modules.getStr("os"); ok {
		if c, ok := mv.(*Module).dict.getStr(osCwdKey); ok {
			if s, ok := c.(Str); ok {
				return string(s)
			}
		}
	}
	return simCwd
}

const osCwdKey = "_zl_cwd"

// absPath makes p absolute against the working directory and normalises it.
func absPath(in *Interp, p string) string {
	if !strings.HasPrefix(p, "/") {
		p = cwdOf(in) + "/" + p
	}
	return posixNormpath(p)
}

var (
	textFileClass   = builtinClass("TextIOWrapper")
	binReaderClass  = builtinClass("BufferedReader")
	binWriterClass  = builtinClass("BufferedWriter")
	fileClassesList = []*Class{textFileClass, binReaderClass, binWriterClass}
)

// Keys of a file object's dict besides name, mode and closed.
const (
	fPath   = "_zl_path"  // absolute path, or None over a descriptor
	fFD     = "_zl_fd"    // descriptor, or -1
	fBuf    = "_zl_buf"   // Bytes not yet read
	fEOF    = "_zl_eof"   // the descriptor reached end of file
	fBin    = "_zl_bin"   // binary mode
	fRead   = "_zl_read"  // readable
	fWrite  = "_zl_write" // writable
	fClose  = "_zl_closefd"
	fAppend = "_zl_append" // opened with 'a': every write goes at the end
	// fKFD is the descriptor of a file opened by path, made at its first
	// fileno() (pathFD); absent before.
	fKFD = "_zl_kfd"
	// fEnd is, for a file opened by path, the byte offset in the file
	// where fBuf ends: the position is fEnd - len(fBuf).
	fEnd = "_zl_end"
)

// openMode is a parsed mode string.
type openMode struct {
	read, write, appendTo, create, trunc, excl, bin bool
}

func parseMode(m string) (openMode, error) {
	var o openMode
	kinds := 0
	for _, c := range m {
		switch c {
		case 'r':
			o.read = true
			kinds++
		case 'w':
			o.write, o.create, o.trunc = true, true, true
			kinds++
		case 'a':
			o.write, o.create, o.appendTo = true, true, true
			kinds++
		case 'x':
			o.write, o.create, o.excl = true, true, true
			kinds++
		case '+':
			o.read, o.write = true, true
		case 'b':
			o.bin = true
		case 't':
		default:
			return o, newValueError("invalid mode: '%s'", m)
		}
	}
	if kinds != 1 {
		return o, newValueError("must have exactly one of create/read/write/append mode")
	}
	return o, nil
}

// builtinOpen is open(file, mode='r', buffering=-1, encoding=None,
// errors=None, newline=None, closefd=True) and os.fdopen.
func builtinOpen(in *Interp, args []Value, kw []string) (Value, error) {
	pos, kws, err := splitKw("open", args, kw, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener")
	if err != nil {
		return nil, err
	}
	get := func(i int, name string, dflt Value) Value {
		if i < len(pos) {
			return pos[i]
		}
		if v, ok := kws[name]; ok {
			return v
		}
		return dflt
	}
	file, modeV := get(0, "file", nil), get(1, "mode", Str("r"))
	if file == nil {
		return nil, newTypeError("open() missing required argument 'file' (pos 1)")
	}
	ms, ok := modeV.(Str)
	if !ok {
		return nil, newTypeError("open() argument 'mode' must be str, not %s", typeName(modeV))
	}
	mode, err := parseMode(string(ms))
	if err != nil {
		return nil, err
	}
	cls := textFileClass
	if mode.bin {
		cls = binReaderClass
		if mode.write && !mode.read {
			cls = binWriterClass
		}
	}
	f := &Instance{cls: cls, dict: newDict()}
	d := f.dict
	d.setStr("name", file)
	d.setStr("mode", ms)
	d.setStr("closed", falseV)
	d.setStr(fBuf, Bytes(""))
	d.setStr(fEOF, falseV)
	d.setStr(fBin, mkBool(mode.bin))
	d.setStr(fRead, mkBool(mode.read))
	d.setStr(fWrite, mkBool(mode.write))
	d.setStr(fClose, mkBool(truth(get(6, "closefd", trueV))))
	d.setStr(fAppend, mkBool(mode.appendTo))
	if fd, ok := asInt(file); ok {
		d.setStr(fPath, None)
		d.setStr(fFD, mkInt(fd))
		return f, nil
	}
	p, ok := file.(Str)
	if !ok {
		return nil, newTypeError("expected str, bytes or os.PathLike object, not %s", typeName(file))
	}
	abs := absPath(in, string(p))
	d.setStr(fPath, Str(abs))
	d.setStr(fFD, mkInt(-1))
	h := in.host
	info, statErr := h.Stat(abs)
	switch {
	case statErr == nil && info.Dir:
		return nil, fileError(EISDIR, string(p))
	case statErr == nil && mode.excl:
		return nil, fileError(EEXIST, string(p))
	case statErr != nil && !mode.create:
		return nil, fileError(statErr, string(p))
	}
	if mode.create && (mode.trunc || statErr != nil) {
		if err := h.WriteFile(abs, nil, false); err != nil {
			return nil, fileError(err, string(p))
		}
	}
	d.setStr(fEnd, mkInt(0))
	switch {
	case mode.read && !mode.trunc:
		b, err := h.ReadFile(abs)
		if err != nil {
			return nil, fileError(err, string(p))
		}
		d.setStr(fEnd, mkInt(int64(len(b))))
		if mode.appendTo {
			b = nil
		}
		d.setStr(fBuf, Bytes(b))
		d.setStr(fEOF, trueV)
	case mode.appendTo && statErr == nil:
		d.setStr(fEnd, mkInt(int64(info.Size)))
	}
	return f, nil
}

func fileSelf(name string, args []Value) (*Instance, []Value, error) {
	if len(args) > 0 {
		if f, ok := args[0].(*Instance); ok {
			if _, ok := f.dict.getStr(fFD); ok {
				return f, args[1:], nil
			}
		}
	}
	return nil, nil, newTypeError("descriptor '%s' requires a file object", name)
}

func fbool(f *Instance, key string) bool {
	v, _ := f.dict.getStr(key)
	return truth(v)
}

func fint(f *Instance, key string) int {
	v, _ := f.dict.getStr(key)
	n, _ := asInt(v)
	return int(n)
}

func fbuf(f *Instance) string {
	v, _ := f.dict.getStr(fBuf)
	b, _ := v.(Bytes)
	return string(b)
}

// fileMethod registers a method on every file class; it fails on a closed
// file with CPython's message.
func fileMethod(name string, lo, hi int, fn func(in *Interp, f *Instance, args []Value) (Value, error)) {
	b := &Builtin{name: name, fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		f, rest, err := fileSelf(name, args)
		if err != nil {
			return nil, err
		}
		if err := checkArgs(name, rest, kw, lo, hi); err != nil {
			return nil, err
		}
		if fbool(f, "closed") && name != "close" && name != "__exit__" {
			if err := closedFileError(f, name); err != nil {
				return nil, err
			}
		}
		return fn(in, f, rest)
	}}
	for _, c := range fileClassesList {
		c.dict.setStr(name, b)
	}
}

// closedFileError is what a method of a closed file raises, nil for the
// few that still answer (Modules/_io, 3.8-3.13): the raw FileIO's
// fileno, isatty and the readable or writable the file is says "I/O
// operation on closed file" (no full stop), while readable on a write-only
// file or writable on a read-only one still answers False; a binary
// reader's read and readline say "read of closed file" and "readline of
// closed file", a binary writer's write and flush "write to closed file"
// and "flush of closed file", and the operation a binary file lacks is
// UnsupportedOperation first; the text layer's checks end with a full
// stop.
func closedFileError(f *Instance, name string) error {
	const raw = "I/O operation on closed file"
	switch name {
	case "fileno", "isatty":
		return newValueError(raw)
	case "readable":
		if !fbool(f, fRead) {
			return nil
		}
		return newValueError(raw)
	case "writable":
		if !fbool(f, fWrite) {
			return nil
		}
		return newValueError(raw)
	}
	switch f.cls {
	case binReaderClass:
		switch name {
		case "read":
			return newValueError("read of closed file")
		case "readline", "__next__":
			return newValueError("readline of closed file")
		case "write":
			if !fbool(f, fWrite) {
				return raisef(unsupportedOpClass(), "write")
			}
		}
	case binWriterClass:
		switch name {
		case "read", "readline", "__next__":
			return raisef(unsupportedOpClass(), "read")
		case "write":
			return newValueError("write to closed file")
		case "flush":
			return newValueError("flush of closed file")
		}
	}
	return newValueError(raw + ".")
}

// fill reads from the descriptor until the buffer holds a line (or
// everything, when whole) or end of file; it may return ErrBlocked with
// what it read so far kept in the buffer.
func (in *Interp) fill(f *Instance, whole bool) error {
	if fint(f, fFD) < 0 {
		return in.fillPath(f)
	}
	if fint(f, fFD) >= 0 {
		// A descriptor's end of file holds for one read: a terminal or a
		// descriptor dup2 replaced may give more after it.
		f.dict.setStr(fEOF, falseV)
	}
	for !fbool(f, fEOF) {
		buf := fbuf(f)
		if !whole && strings.IndexByte(buf, '\n') >= 0 {
			return nil
		}
		b, err := in.host.Read(fint(f, fFD), 65536)
		if err != nil {
			return osError(err)
		}
		if len(b) == 0 {
			f.dict.setStr(fEOF, trueV)
			return nil
		}
		f.dict.setStr(fBuf, Bytes(buf+string(b)))
	}
	return nil
}

// fillPath reads the rest of a file opened by path, from where its buffer
// ends (after a seek or a write, the file as it is now).
func (in *Interp) fillPath(f *Instance) error {
	if fbool(f, fEOF) {
		return nil
	}
	pv, _ := f.dict.getStr(fPath)
	path, _ := pv.(Str)
	data, err := in.host.ReadFile(string(path))
	if err != nil {
		return fileError(err, string(path))
	}
	if end := fint(f, fEnd); end < len(data) {
		f.dict.setStr(fBuf, Bytes(fbuf(f)+string(data[end:])))
		f.dict.setStr(fEnd, mkInt(int64(len(data))))
	}
	f.dict.setStr(fEOF, trueV)
	return nil
}

// FileSizer is a Host that tells a regular file's size without a system
// call of the simulated process (the write path's check for an append,
// which CPython's buffered file makes without one).
type FileSizer interface {
	FileSize(path string) (int, bool)
}

// filePos is a path file's position: where the next read or write goes.
func filePos(f *Instance) int { return fint(f, fEnd) - len(fbuf(f)) }

// moveTo sets a path file's position, dropping what it had read ahead.
func moveTo(f *Instance, pos int) {
	f.dict.setStr(fBuf, Bytes(""))
	f.dict.setStr(fEnd, mkInt(int64(pos)))
	f.dict.setStr(fEOF, falseV)
}

// notSeekable is what seek or tell raise on a pipe or terminal: the text
// layer refuses first; a binary one's seek asks the raw file, its tell the
// kernel (ESPIPE).
func notSeekable(text bool, op string) error {
	switch {
	case text:
		return raisef(unsupportedOpClass(), "underlying stream is not seekable")
	case op == "seek":
		return raisef(unsupportedOpClass(), "File or stream is not seekable.")
	}
	return osError(ESPIPE)
}

// fileSeek is seek(offset, whence=0) (Modules/_io/textio.c
// _io_TextIOWrapper_seek_impl, bufferedio.c _io__Buffered_seek_impl): a
// text file takes only an absolute position or 0 from the current one or
// the end.
func fileSeek(in *Interp, f *Instance, args []Value) (Value, error) {
	off, ok := asInt(args[0])
	if !ok {
		return nil, newTypeError("an integer is required")
	}
	whence := int64(0)
	if len(args) > 1 {
		if whence, ok = asInt(args[1]); !ok {
			return nil, newTypeError("an integer is required")
		}
	}
	text := !fbool(f, fBin)
	if fint(f, fFD) >= 0 {
		return nil, notSeekable(text, "seek")
	}
	pv, _ := f.dict.getStr(fPath)
	size := 0
	if info, err := in.host.Stat(string(pv.(Str))); err == nil {
		size = info.Size
	}
	var pos int64
	switch whence {
	case 0:
		if off < 0 {
			return nil, newValueError("negative seek position %d", off)
		}
		pos = off
	case 1, 2:
		if text && off != 0 {
			what := "cur"
			if whence == 2 {
				what = "end"
			}
			return nil, raisef(unsupportedOpClass(), "can't do nonzero %s-relative seeks", what)
		}
		base := int64(filePos(f))
		if whence == 2 {
			base = int64(size)
		}
		if pos = base + off; pos < 0 {
			return nil, osError(EINVAL)
		}
	default:
		if text {
			return nil, newValueError("invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		return nil, newValueError("whence value %d unsupported", whence)
	}
	moveTo(f, int(pos))
	return mkInt(pos), nil
}

func (in *Interp) fileValue(f *Instance, b string) Value {
	if fbool(f, fBin) {
		return Bytes(b)
	}
	return Str(strings.ToValidUTF8(b, "\uFFFD"))
}

// readLine takes one line (with its newline) from the buffer.
func (in *Interp) readLine(f *Instance) (string, error) {
	if err := in.fill(f, false); err != nil {
		return "", err
	}
	buf := fbuf(f)
	i := strings.IndexByte(buf, '\n')
	if i < 0 {
		i = len(buf) - 1
	}
	f.dict.setStr(fBuf, Bytes(buf[i+1:]))
	return buf[:i+1], nil
}

func checkReadable(f *Instance) error {
	if !fbool(f, fRead) {
		return raisef(unsupportedOpClass(), "not readable")
	}
	return nil
}

func unsupportedOpClass() *Class { return unsupportedOperationClass }

func init() {
	for _, c := range fileClassesList {
		c.module = "_io"
	}
	fileMethod("read", 0, 1, func(in *Interp, f *Instance, args []Value) (Value, error) {
		if err := checkReadable(f); err != nil {
			return nil, err
		}
		n := int64(-1)
		if len(args) == 1 && args[0] != None {
			n, _ = asInt(args[0])
		}
		if err := in.fill(f, n < 0); err != nil {
			return nil, err
		}
		buf := fbuf(f)
		if n < 0 || int(n) > len(buf) {
			n = int64(len(buf))
		}
		f.dict.setStr(fBuf, Bytes(buf[n:]))
		return in.fileValue(f, buf[:n]), nil
	})
	fileMethod("readline", 0, 1, func(in *Interp, f *Instance, args []Value) (Value, error) {
		if err := checkReadable(f); err != nil {
			return nil, err
		}
		line, err := in.readLine(f)
		return in.fileValue(f, line), err
	})
	fileMethod("readlines", 0, 1, func(in *Interp, f *Instance, args []Value) (Value, error) {
		if err := checkReadable(f); err != nil {
			return nil, err
		}
		if err := in.fill(f, true); err != nil {
			return nil, err
		}
		var out []Value
		for fbuf(f) != "" {
			line, _ := in.readLine(f)
			out = append(out, in.fileValue(f, line))
		}
		return newList(out), nil
	})
	fileMethod("__next__", 0, 0, func(in *Interp, f *Instance, args []Value) (Value, error) {
		line, err := in.readLine(f)
		if err != nil {
			return nil, err
		}
		if line == "" {
			return nil, &PyError{newExc(stopIterationClass)}
		}
		return in.fileValue(f, line), nil
	})
	fileMethod("__iter__", 0, 0, func(in *Interp, f *Instance, args []Value) (Value, error) { return f, nil })
	fileMethod("__enter__", 0, 0, func(in *Interp, f *Instance, args []Value) (Value, error) { return f, nil })
	fileMethod("write", 1, 1, fileWrite)
	fileMethod("writelines", 1, 1, func(in *Interp, f *Instance, args []Value) (Value, error) {
		items, err := in.iterate(args[0])
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			if _, err := fileWrite(in, f, []Value{it}); err != nil {
				return nil, err
			}
		}
		return None, nil
	})
	fileMethod("flush", 0, 0, func(in *Interp, f *Instance, args []Value) (Value, error) { return None, nil })
	fileMethod("fileno", 0, 0, func(in *Interp, f *Instance, args []Value) (Value, error) {
		if fd := fint(f, fFD); fd >= 0 {
			return mkInt(int64(fd)), nil
		}
		fd, err := in.pathFD(f)
		if err != nil {
			return nil, err
		}
		return mkInt(int64(fd)), nil
	})
	fileMethod("seek", 1, 2, fileSeek)
	fileMethod("tell", 0, 0, func(in *Interp, f *Instance, args []Value) (Value, error) {
		if fint(f, fFD) >= 0 {
			return nil, notSeekable(!fbool(f, fBin), "tell")
		}
		return mkInt(int64(filePos(f))), nil
	})
	fileMethod("seekable", 0, 0, func(in *Interp, f *Instance, args []Value) (Value, error) {
		return mkBool(fint(f, fFD) < 0), nil
	})
	fileMethod("isatty", 0, 0, func(in *Interp, f *Instance, args []Value) (Value, error) { return falseV, nil })
	fileMethod("readable", 0, 0, func(in *Interp, f *Instance, args []Value) (Value, error) { return mkBool(fbool(f, fRead)), nil })
	fileMethod("writable", 0, 0, func(in *Interp, f *Instance, args []Value) (Value, error) { return mkBool(fbool(f, fWrite)), nil })
	fileMethod("close", 0, 0, fileClose)
	fileMethod("__exit__", 0, 3, func(in *Interp, f *Instance, args []Value) (Value, error) {
		_, err := fileClose(in, f, nil)
		return falseV, err
	})
}

func fileWrite(in *Interp, f *Instance, args []Value) (Value, error) {
	if !fbool(f, fWrite) {
		return nil, raisef(unsupportedOpClass(), "not writable")
	}
	var data string
	n := 0
	switch x := args[0].(type) {
	case Str:
		if fbool(f, fBin) {
			return nil, newTypeError("a bytes-like object is required, not 'str'")
		}
		data, n = string(x), len([]rune(string(x)))
	case Bytes:
		if !fbool(f, fBin) {
			return nil, newTypeError("write() argument must be str, not bytes")
		}
		data, n = string(x), len(x)
	default:
		if fbool(f, fBin) {
			return nil, newTypeError("a bytes-like object is required, not '%s'", typeName(x))
		}
		return nil, newTypeError("write() argument must be str, not %s", typeName(x))
	}
	if fd := fint(f, fFD); fd >= 0 {
		for len(data) > 0 {
			w, err := in.host.Write(fd, []byte(data))
			if err != nil {
				return nil, osError(err)
			}
			data = data[w:]
		}
		return mkInt(int64(n)), nil
	}
	pv, _ := f.dict.getStr(fPath)
	path := string(pv.(Str))
	pos := filePos(f)
	size := pos
	if fs, ok := in.host.(FileSizer); ok {
		if n, ok := fs.FileSize(path); ok {
			size = n
		}
	}
	if fbool(f, fAppend) || pos == size {
		// At the end (O_APPEND always is): an append.
		if err := in.host.WriteFile(path, []byte(data), true); err != nil {
			return nil, fileError(err, path)
		}
		moveTo(f, size+len(data))
		return mkInt(int64(n)), nil
	}
	// Inside the file, or past its end (a hole of zero bytes): rewrite it.
	cur, err := in.host.ReadFile(path)
	if err != nil {
		return nil, fileError(err, path)
	}
	for len(cur) < pos {
		cur = append(cur, 0)
	}
	out := append(append(append([]byte(nil), cur[:pos]...), data...), cur[min(len(cur), pos+len(data)):]...)
	if err := in.host.WriteFile(path, out, false); err != nil {
		return nil, fileError(err, path)
	}
	moveTo(f, pos+len(data))
	return mkInt(int64(n)), nil
}

func fileClose(in *Interp, f *Instance, args []Value) (Value, error) {
	if fbool(f, "closed") {
		return None, nil
	}
	f.dict.setStr("closed", trueV)
	if fd := fint(f, fFD); fd >= 0 && fbool(f, fClose) {
		return None, osError(in.host.Close(fd))
	}
	if v, ok := f.dict.getStr(fKFD); ok {
		fd, _ := asInt(v)
		return None, osError(in.host.Close(int(fd)))
	}
	return None, nil
}

// pathFD is the descriptor of a file opened by path. The file object
// reads and writes by path (the whole file is read at open); a descriptor
// is opened on the same file the first time one is asked for, so that
// fileno() names a real one: what subprocess's stdout=f, os.dup2 or a
// forked child write through it lands in the file. CPython's would have
// been opened with the file, so an earlier pipe or open could take a lower
// number here; opening one per file would instead keep the descriptors of
// files nobody closed (CPython closes them when the last reference goes).
func (in *Interp) pathFD(f *Instance) (int, error) {
	if v, ok := f.dict.getStr(fKFD); ok {
		fd, _ := asInt(v)
		return int(fd), nil
	}
	h, err := execHost(in)
	if err != nil {
		return 0, err
	}
	pv, _ := f.dict.getStr(fPath)
	path, _ := pv.(Str)
	flags := 0 // O_RDONLY
	switch r, w := fbool(f, fRead), fbool(f, fWrite); {
	case r && w:
		flags = 2 // O_RDWR
	case w:
		flags = 1 // O_WRONLY
	}
	fd, err := h.Open(string(path), flags)
	if err != nil {
		return 0, fileError(err, string(path))
	}
	f.dict.setStr(fKFD, mkInt(int64(fd)))
	return fd, nil
}

// newOSPathModule is os.path (posixpath).
func newOSPathModule() *Module {
	m := newNativeModule("posixpath")
	m.dict.setStr("sep", Str("/"))
	// The functions get the calling interpreter: a fork child shares these
	// builtins with its parent.
	str1 := func(name string, f func(in *Interp, p string) Value) {
		m.fn(name, func(in *Interp, args []Value, kw []string) (Value, error) {
			p, err := pathArg(name, args, kw)
			if err != nil {
				return nil, err
			}
			return f(in, p), nil
		})
	}
	str1("basename", func(in *Interp, p string) Value { return Str(p[strings.LastIndexByte(p, '/')+1:]) })
	str1("dirname", func(in *Interp, p string) Value { return Str(posixDirname(p)) })
	str1("split", func(in *Interp, p string) Value {
		return newTuple([]Value{Str(posixDirname(p)), Str(p[strings.LastIndexByte(p, '/')+1:])})
	})
	str1("splitext", func(in *Interp, p string) Value {
		root, ext := posixSplitext(p)
		return newTuple([]Value{Str(root), Str(ext)})
	})
	str1("isabs", func(in *Interp, p string) Value { return mkBool(strings.HasPrefix(p, "/")) })
	str1("normpath", func(in *Interp, p string) Value { return Str(posixNormpath(p)) })
	str1("abspath", func(in *Interp, p string) Value { return Str(absPath(in, p)) })
	str1("expanduser", func(in *Interp, p string) Value {
		if p == "~" || strings.HasPrefix(p, "~/") {
			return Str("/root" + p[1:])
		}
		return Str(p)
	})
	str1("realpath", func(in *Interp, p string) Value { return Str(in.host.Realpath(absPath(in, p))) })
	stat1 := func(name string, f func(info FileInfo, err error) Value) {
		m.fn(name, func(in *Interp, args []Value, kw []string) (Value, error) {
			p, err := pathArg(name, args, kw)
			if err != nil {
				return nil, err
			}
			return f(in.host.Stat(absPath(in, p))), nil
		})
	}
	stat1("exists", func(i FileInfo, err error) Value { return mkBool(err == nil) })
	stat1("isdir", func(i FileInfo, err error) Value { return mkBool(err == nil && i.Dir) })
	stat1("isfile", func(i FileInfo, err error) Value { return mkBool(err == nil && !i.Dir && !i.Device) })
	stat1("islink", func(i FileInfo, err error) Value { return mkBool(err == nil && i.Symlink) })
	m.fn("getsize", func(in *Interp, args []Value, kw []string) (Value, error) {
		p, err := pathArg("getsize", args, kw)
		if err != nil {
			return nil, err
		}
		info, err := in.host.Stat(absPath(in, p))
		if err != nil {
			return nil, fileError(err, p)
		}
		return mkInt(int64(info.Size)), nil
	})
	m.fn("join", func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return nil, newTypeError("join() missing 1 required positional argument: 'a'")
		}
		var out string
		for i, a := range args {
			s, ok := a.(Str)
			if !ok {
				return nil, newTypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'", typeName(a))
			}
			switch {
			case i == 0 || strings.HasPrefix(string(s), "/"):
				out = string(s)
			case out == "" || strings.HasSuffix(out, "/"):
				out += string(s)
			default:
				out += "/" + string(s)
			}
		}
		return Str(out), nil
	})
	return m
}

// posixDirname is posixpath.dirname: the head, trailing slashes stripped
// unless it is all slashes.
func posixDirname(p string) string {
	head := p[:strings.LastIndexByte(p, '/')+1]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head
}

// posixSplitext is genericpath._splitext: leading dots of the base name do
// not start an extension.
func posixSplitext(p string) (string, string) {
	dot := strings.LastIndexByte(p, '.')
	if dot <= strings.LastIndexByte(p, '/') {
		return p, ""
	}
	base := p[strings.LastIndexByte(p, '/')+1 : dot]
	if strings.Trim(base, ".") == "" {
		return p, ""
	}
	return p[:dot], p[dot:]
}

// posixNormpath is posixpath.normpath (POSIX keeps a leading "//").
func posixNormpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(p, "/") {
		switch {
		case c == "" || c == ".":
		case c != ".." || (initial == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == ".."):
			comps = append(comps, c)
		case len(comps) > 0:
			comps = comps[:len(comps)-1]
		}
	}
	out := strings.Repeat("/", initial) + strings.Join(comps, "/")
	if out == "" {
		return "."
	}
	return out
}
