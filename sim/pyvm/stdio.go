// This file models sys.stdout and sys.stderr as CPython's TextIOWrapper on a
// terminal: line buffered (flushed when a newline is written, on flush() and
// at normal interpreter exit). The buffer is process state, so a fork copies
// unflushed text and os._exit loses it, exactly as with CPython.

package pyvm

import "strings"

// stream is a buffered text stream over a file descriptor.
type stream struct {
	fd   int
	name string
	buf  []byte
}

var textIOClass = builtinClass("TextIOWrapper")

func init() {
	d := textIOClass.dict
	d.setStr("write", &Builtin{name: "write", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("write", args, kw, 2, 2); err != nil {
			return nil, err
		}
		s, ok := args[1].(Str)
		if !ok {
			return nil, newTypeError("write() argument must be str, not %s", typeName(args[1]))
		}
		args[0].(*stream).write(in, string(s))
		return mkInt(int64(len([]rune(string(s))))), nil
	}})
	d.setStr("flush", &Builtin{name: "flush", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		args[0].(*stream).flush(in)
		return None, nil
	}})
	d.setStr("fileno", &Builtin{name: "fileno", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		return mkInt(int64(args[0].(*stream).fd)), nil
	}})
	d.setStr("isatty", &Builtin{name: "isatty", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		return Bool(isATTY(in, int64(args[0].(*stream).fd))), nil
	}})
}

// write appends text, flushing through the last newline (line buffering:
// CPython's TextIOWrapper with line_buffering=True flushes the whole buffer
// when the written text contains a newline).
func (s *stream) write(in *Interp, text string) {
	s.buf = append(s.buf, text...)
	if strings.IndexByte(text, '\n') >= 0 {
		s.flush(in)
	}
}

// flush writes the buffer to the descriptor. Errors are dropped, as
// CPython ignores them at exit; a blocked write keeps the text buffered.
func (s *stream) flush(in *Interp) {
	if len(s.buf) == 0 || in == nil || in.host == nil || in.phase == phaseExited {
		return
	}
	n, err := in.host.Write(s.fd, s.buf)
	if err == ErrBlocked {
		return
	}
	if n >= len(s.buf) || err != nil {
		s.buf = s.buf[:0]
		return
	}
	s.buf = append(s.buf[:0], s.buf[n:]...)
}
