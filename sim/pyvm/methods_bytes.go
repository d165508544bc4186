// This file implements bytes's methods after Objects/bytesobject.c and
// Objects/bytes_methods.c (3.8–3.13): byte offsets, ASCII-only case and
// class tests, ASCII whitespace, \n \r \r\n as line ends, hex/fromhex,
// decode with an errors= handler, and bytes % args.

package pyvm

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const asciiSpace = " \t\n\r\x0b\x0c"

// bytesArg is a bytes-like argument (bytes, or an int for the methods
// that take one byte).
func bytesArg(v Value) (string, error) {
	if b, ok := bytesOf(v); ok {
		return b, nil
	}
	return "", newTypeError("a bytes-like object is required, not '%s'", typeName(v))
}

func bytesList(ss []string) Value {
	vs := make([]Value, len(ss))
	for i, s := range ss {
		vs[i] = Bytes(s)
	}
	return newList(vs)
}

// bytesSplit is bytes.split/rsplit: on runs of ASCII whitespace without a
// separator, else on the separator, at most limit times (from the right
// for rsplit).
func (in *Interp) bytesSplit(s string, args []Value, right bool) (Value, error) {
	limit := -1
	if len(args) == 2 {
		n, err := in.intArg(args[1])
		if err != nil {
			return nil, err
		}
		limit = int(n)
	}
	if len(args) == 0 || args[0] == None {
		var out []string
		isSp := func(c byte) bool { return strings.IndexByte(asciiSpace, c) >= 0 }
		if !right {
			i := 0
			for {
				for i < len(s) && isSp(s[i]) {
					i++
				}
				if i == len(s) {
					break
				}
				if limit >= 0 && len(out) == limit {
					out = append(out, s[i:])
					break
				}
				j := i
				for j < len(s) && !isSp(s[j]) {
					j++
				}
				out = append(out, s[i:j])
				i = j
			}
			return bytesList(out), nil
		}
		j := len(s)
		for {
			for j > 0 && isSp(s[j-1]) {
				j--
			}
			if j == 0 {
				break
			}
			if limit >= 0 && len(out) == limit {
				out = append(out, s[:j])
				break
			}
			i := j
			for i > 0 && !isSp(s[i-1]) {
				i--
			}
			out = append(out, s[i:j])
			j = i
		}
		for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
			out[a], out[b] = out[b], out[a]
		}
		return bytesList(out), nil
	}
	sep, err := bytesArg(args[0])
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, newValueError("empty separator")
	}
	if right && limit >= 0 {
		parts := strings.Split(s, sep)
		if len(parts) > limit+1 {
			head := strings.Join(parts[:len(parts)-limit], sep)
			return bytesList(append([]string{head}, parts[len(parts)-limit:]...)), nil
		}
		return bytesList(parts), nil
	}
	return bytesList(strings.SplitN(s, sep, limit+boolInt(limit >= 0))), nil
}

// bytesLines is bytes.splitlines: \n, \r and \r\n end lines.
func bytesLines(s string, keep bool) []string {
	var out []string
	for len(s) > 0 {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			out = append(out, s)
			break
		}
		end := i + 1
		if s[i] == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		if keep {
			out = append(out, s[:end])
		} else {
			out = append(out, s[:i])
		}
		s = s[end:]
	}
	return out
}

// byteWindow applies the optional start and end arguments of find,
// count, startswith... (slice semantics); ok=false when start > len.
func byteWindow(s string, args []Value) (string, int, bool, error) {
	start, end := 0, len(s)
	if len(args) > 0 && args[0] != None {
		n, ok := asInt(args[0])
		if !ok {
			return "", 0, false, newTypeError("slice indices must be integers or None or have an __index__ method")
		}
		start = clampIndex(n, len(s))
	}
	if len(args) > 1 && args[1] != None {
		n, ok := asInt(args[1])
		if !ok {
			return "", 0, false, newTypeError("slice indices must be integers or None or have an __index__ method")
		}
		end = clampIndex(n, len(s))
	}
	if start > len(s) || start > end {
		return "", start, start <= len(s) && start == end, nil
	}
	return s[start:end], start, true, nil
}

func clampIndex(n int64, size int) int {
	if n < 0 {
		n += int64(size)
		if n < 0 {
			n = 0
		}
	}
	if n > int64(size) {
		n = int64(size)
	}
	return int(n)
}

// subArg is the needle of find/count/index: bytes or one byte as an int.
func subArg(v Value) (string, error) {
	if n, ok := asInt(v); ok {
		if n < 0 || n > 255 {
			return "", newValueError("byte must be in range(0, 256)")
		}
		return string([]byte{byte(n)}), nil
	}
	if _, ok := v.(Bytes); !ok {
		return "", newTypeError("argument should be integer or bytes-like object, not '%s'", typeName(v))
	}
	return bytesArg(v)
}

func asciiMap(s string, f func(byte) byte) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = f(c)
	}
	return string(b)
}

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

var unicodeDecodeErrorClass = newExcClass("UnicodeDecodeError", unicodeErrorClass)

func initBytesMethods() {
	universe.setStr("UnicodeDecodeError", unicodeDecodeErrorClass)
	c := bytesClass
	self := func(v Value) string { return string(v.(Bytes)) }
	cases := map[string]func(string) string{
		"upper": func(s string) string { return asciiMap(s, asciiUpper) },
		"lower": func(s string) string { return asciiMap(s, asciiLower) },
		"swapcase": func(s string) string {
			return asciiMap(s, func(c byte) byte {
				if c >= 'a' && c <= 'z' {
					return c - 32
				}
				return asciiLower(c)
			})
		},
		"capitalize": func(s string) string {
			if s == "" {
				return s
			}
			return string(asciiUpper(s[0])) + asciiMap(s[1:], asciiLower)
		},
	}
	initBytesRest(c)
	for _, name := range []string{"upper", "lower", "swapcase", "capitalize"} {
		f := cases[name]
		method(c, name, 0, 0, func(in *Interp, v Value, args []Value) (Value, error) {
			return Bytes(f(self(v))), nil
		})
	}
	preds := map[string]func(byte) bool{
		"isdigit": func(c byte) bool { return c >= '0' && c <= '9' },
		"isalpha": func(c byte) bool { return asciiLower(c) >= 'a' && asciiLower(c) <= 'z' },
		"isspace": func(c byte) bool { return strings.IndexByte(asciiSpace, c) >= 0 },
		"isupper": func(c byte) bool { return c >= 'A' && c <= 'Z' },
		"islower": func(c byte) bool { return c >= 'a' && c <= 'z' },
		"isalnum": func(c byte) bool {
			return (c >= '0' && c <= '9') || (asciiLower(c) >= 'a' && asciiLower(c) <= 'z')
		},
	}
	for _, name := range []string{"isdigit", "isalpha", "isspace", "isupper", "islower", "isalnum"} {
		p := preds[name]
		method(c, name, 0, 0, func(in *Interp, v Value, args []Value) (Value, error) {
			s := self(v)
			if s == "" {
				return falseV, nil
			}
			for i := 0; i < len(s); i++ {
				if !p(s[i]) {
					return falseV, nil
				}
			}
			return trueV, nil
		})
	}
	method(c, "isascii", 0, 0, func(in *Interp, v Value, args []Value) (Value, error) {
		return mkBool(isASCII(self(v))), nil
	})
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		method(c, name, 0, 1, func(in *Interp, v Value, args []Value) (Value, error) {
			s, cut := self(v), asciiSpace
			if len(args) == 1 && args[0] != None {
				var err error
				if cut, err = bytesArg(args[0]); err != nil {
					return nil, err
				}
			}
			switch name {
			case "lstrip":
				return Bytes(strings.TrimLeft(s, cut)), nil
			case "rstrip":
				return Bytes(strings.TrimRight(s, cut)), nil
			}
			return Bytes(strings.Trim(s, cut)), nil
		})
	}
	method(c, "split", 0, 2, func(in *Interp, v Value, args []Value) (Value, error) {
		return in.bytesSplit(self(v), args, false)
	})
	method(c, "rsplit", 0, 2, func(in *Interp, v Value, args []Value) (Value, error) {
		return in.bytesSplit(self(v), args, true)
	})
	method(c, "splitlines", 0, 1, func(in *Interp, v Value, args []Value) (Value, error) {
		return bytesList(bytesLines(self(v), len(args) == 1 && truth(args[0]))), nil
	})
	method(c, "join", 1, 1, func(in *Interp, v Value, args []Value) (Value, error) {
		vs, err := in.iterate(args[0])
		if err != nil {
			return nil, err
		}
		parts := make([]string, len(vs))
		total := 0
		for i, x := range vs {
			b, ok := x.(Bytes)
			if !ok {
				return nil, newTypeError("sequence item %d: expected a bytes-like object, %s found", i, typeName(x))
			}
			parts[i] = string(b)
			if total += len(b); total > maxItems {
				return nil, tooBig(int64(total))
			}
		}
		return Bytes(strings.Join(parts, self(v))), nil
	})
	method(c, "replace", 2, 3, func(in *Interp, v Value, args []Value) (Value, error) {
		old, err := bytesArg(args[0])
		if err != nil {
			return nil, err
		}
		nw, err := bytesArg(args[1])
		if err != nil {
			return nil, err
		}
		n := -1
		if len(args) == 3 {
			k, err := in.intArg(args[2])
			if err != nil {
				return nil, err
			}
			n = int(k)
		}
		src := self(v)
		if len(nw) > len(old) && int64(len(src))+int64(len(nw)-len(old))*int64(strings.Count(src, old)+1) > maxItems {
			return nil, tooBig(int64(len(src)))
		}
		return Bytes(strings.Replace(src, old, nw, n)), nil
	})
	for _, name := range []string{"find", "index", "rfind", "rindex", "count"} {
		name := name
		method(c, name, 1, 3, func(in *Interp, v Value, args []Value) (Value, error) {
			sub, err := subArg(args[0])
			if err != nil {
				return nil, err
			}
			s, offset, ok, err := byteWindow(self(v), args[1:])
			if err != nil {
				return nil, err
			}
			i := -1
			switch {
			case name == "count":
				if !ok {
					return mkInt(0), nil
				}
				return mkInt(int64(strings.Count(s, sub))), nil
			case !ok:
			case name == "find" || name == "index":
				i = strings.Index(s, sub)
			default:
				i = strings.LastIndex(s, sub)
			}
			if i < 0 && (name == "index" || name == "rindex") {
				return nil, newValueError("subsection not found")
			}
			if i >= 0 {
				i += offset
			}
			return mkInt(int64(i)), nil
		})
	}
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		method(c, name, 1, 3, func(in *Interp, v Value, args []Value) (Value, error) {
			s, _, ok, err := byteWindow(self(v), args[1:])
			if err != nil || !ok {
				return falseV, err
			}
			cands := []Value{args[0]}
			if t, ok := args[0].(*Tuple); ok {
				cands = t.items
			}
			for _, cv := range cands {
				p, ok := cv.(Bytes)
				if !ok {
					return nil, newTypeError("%s first arg must be bytes or a tuple of bytes, not %s", name, typeName(cv))
				}
				if (name == "startswith" && strings.HasPrefix(s, string(p))) || (name == "endswith" && strings.HasSuffix(s, string(p))) {
					return trueV, nil
				}
			}
			return falseV, nil
		})
	}
	for _, name := range []string{"partition", "rpartition"} {
		name := name
		method(c, name, 1, 1, func(in *Interp, v Value, args []Value) (Value, error) {
			sep, err := bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, newValueError("empty separator")
			}
			s := self(v)
			i := strings.Index(s, sep)
			if name == "rpartition" {
				i = strings.LastIndex(s, sep)
			}
			if i < 0 {
				if name == "rpartition" {
					return newTuple([]Value{Bytes(""), Bytes(""), Bytes(s)}), nil
				}
				return newTuple([]Value{Bytes(s), Bytes(""), Bytes("")}), nil
			}
			return newTuple([]Value{Bytes(s[:i]), Bytes(sep), Bytes(s[i+len(sep):])}), nil
		})
	}
	for _, name := range []string{"removeprefix", "removesuffix"} {
		name := name
		method(c, name, 0, -1, func(in *Interp, v Value, args []Value) (Value, error) {
			if !in.cfg.Version.AtLeast(3, 9) {
				return nil, raisef(attributeErrorClass, "'bytes' object has no attribute '%s'", name)
			}
			if err := checkMethodArgs(in, "bytes", name, args, nil, 1, 1); err != nil {
				return nil, err // after the version: 3.8 has no such method
			}
			fix, err := bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			if name == "removeprefix" {
				return Bytes(strings.TrimPrefix(self(v), fix)), nil
			}
			return Bytes(strings.TrimSuffix(self(v), fix)), nil
		})
	}
	for _, name := range []string{"ljust", "rjust", "center", "zfill"} {
		name := name
		lo, hi := 1, 2
		if name == "zfill" {
			hi = 1
		}
		method(c, name, lo, hi, func(in *Interp, v Value, args []Value) (Value, error) {
			w, ok := asInt(args[0])
			if !ok {
				return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(args[0]))
			}
			if w > maxItems {
				return nil, tooBig(w)
			}
			fill := " "
			if len(args) == 2 {
				f, err := bytesArg(args[1])
				if err != nil || len(f) != 1 {
					return nil, newTypeError("%s() argument 2 must be a byte string of length 1, not %s", name, typeName(args[1]))
				}
				fill = f
			}
			s := self(v)
			n := int(w) - len(s)
			if n <= 0 {
				return Bytes(s), nil
			}
			switch name {
			case "ljust":
				return Bytes(s + strings.Repeat(fill, n)), nil
			case "rjust":
				return Bytes(strings.Repeat(fill, n) + s), nil
			case "zfill":
				sign := ""
				if s != "" && (s[0] == '+' || s[0] == '-') {
					sign, s = s[:1], s[1:]
				}
				return Bytes(sign + strings.Repeat("0", n) + s), nil
			}
			// Objects/stringlib/transmogrify.h pad: the odd byte goes left
			// when the width is odd (as str.center does).
			left := n/2 + (n & int(w) & 1)
			return Bytes(strings.Repeat(fill, left) + s + strings.Repeat(fill, n-left)), nil
		})
	}
	method(c, "hex", 0, 2, func(in *Interp, v Value, args []Value) (Value, error) {
		h := hexString(self(v))
		if len(args) == 0 {
			return Str(h), nil
		}
		sep, ok := args[0].(Str)
		if !ok {
			sb, isB := args[0].(Bytes)
			if !isB {
				return nil, newTypeError("sep must be str or bytes.")
			}
			sep = Str(sb)
		}
		if len(sep) != 1 {
			return nil, newValueError("sep must be length 1.")
		}
		per := int64(1)
		if len(args) == 2 {
			per, _ = asInt(args[1])
		}
		return Str(hexGroups(h, string(sep), per)), nil
	})
	c.dict.setStr("fromhex", &ClassMethod{fn: &Builtin{name: "fromhex", fn: bytesFromHex}})
	c.dict.setStr("decode", &Builtin{name: "decode", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		enc, errs, err := codecArgs("decode", args[1:], kw)
		if err != nil {
			return nil, err
		}
		return decodeBytes(string(args[0].(Bytes)), enc, errs)
	}})
}

// codecArgs is encode's and decode's (encoding='utf-8', errors='strict').
func codecArgs(name string, args []Value, kw []string) (enc, errs string, err error) {
	if len(args) > 2 {
		// _PyArg_UnpackKeywords counts positional and keyword arguments.
		return "", "", newTypeError("%s() takes at most 2 arguments (%d given)", name, len(args))
	}
	pos, kws, err := splitKw(name, args, kw, "encoding", "errors")
	if err != nil {
		return "", "", err
	}
	enc, errs = "utf-8", "strict"
	if len(pos) > 0 {
		enc = strNoCall(pos[0])
	} else if e, ok := kws["encoding"]; ok {
		enc = strNoCall(e)
	}
	if len(pos) > 1 {
		errs = strNoCall(pos[1])
	} else if e, ok := kws["errors"]; ok {
		errs = strNoCall(e)
	}
	return enc, errs, nil
}

// hexGroups puts sep between groups of per bytes, counted from the right
// (from the left when per is negative), as bytes.hex(sep, bytes_per_sep).
func hexGroups(h, sep string, per int64) string {
	n := len(h) / 2
	if per == 0 || n == 0 {
		return h
	}
	step := int(per)
	fromLeft := step < 0
	if fromLeft {
		step = -step
	}
	var groups []string
	if fromLeft {
		for i := 0; i < n; i += step {
			groups = append(groups, h[2*i:2*min(i+step, n)])
		}
	} else {
		first := n % step
		if first > 0 {
			groups = append(groups, h[:2*first])
		}
		for i := first; i < n; i += step {
			groups = append(groups, h[2*i:2*(i+step)])
		}
	}
	return strings.Join(groups, sep)
}

// bytesFromHex is bytes.fromhex: pairs of hex digits, ASCII whitespace
// allowed between pairs.
func bytesFromHex(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkMethodArgs(in, "bytes", "fromhex", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	s, ok := args[1].(Str)
	if !ok {
		return nil, newTypeError("fromhex() argument must be str, not %s", typeName(args[1]))
	}
	var out []byte
	digit := func(c byte) int {
		switch {
		case c >= '0' && c <= '9':
			return int(c - '0')
		case c >= 'a' && c <= 'f':
			return int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			return int(c-'A') + 10
		}
		return -1
	}
	for i := 0; i < len(s); {
		if strings.IndexByte(asciiSpace, s[i]) >= 0 {
			i++
			continue
		}
		hi := digit(s[i])
		if hi < 0 {
			return nil, newValueError("non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		if i+1 >= len(s) || digit(s[i+1]) < 0 {
			return nil, newValueError("non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		out = append(out, byte(hi<<4|digit(s[i+1])))
		i += 2
	}
	return Bytes(out), nil
}

// decodeBytes is bytes.decode for UTF-8, ASCII and Latin-1 with the
// strict, replace, ignore and backslashreplace handlers.
func decodeBytes(s, enc, errs string) (Value, error) {
	norm := strings.ReplaceAll(strings.ToLower(enc), "_", "-")
	switch norm {
	case "utf-8", "utf8", "u8":
		norm = "utf-8"
	case "ascii", "us-ascii":
		norm = "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			b.WriteRune(rune(s[i]))
		}
		return Str(b.String()), nil
	default:
		return nil, raisef(lookupErrorClass, "unknown encoding: %s", enc)
	}
	switch errs {
	case "strict", "replace", "ignore", "backslashreplace":
	default:
		return nil, raisef(lookupErrorClass, "unknown error handler name '%s'", errs)
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		bad := s[i] >= 0x80
		if norm == "utf-8" && bad {
			r, n = utf8.DecodeRuneInString(s[i:])
			bad = r == utf8.RuneError && n <= 1
		}
		if !bad {
			b.WriteRune(r)
			i += n
			continue
		}
		k, truncated := 0, false
		if norm == "utf-8" && s[i] >= 0xc2 && s[i] <= 0xf4 {
			k, truncated = utf8Subpart(s[i:])
		}
		switch errs {
		case "strict":
			reason := "invalid start byte"
			switch {
			case norm == "ascii":
				reason = "ordinal not in range(128)"
			case truncated:
				reason = "unexpected end of data"
			case norm == "utf-8" && s[i] >= 0xc2 && s[i] <= 0xf4:
				reason = "invalid continuation byte"
			}
			if k > 0 {
				return nil, raisef(unicodeDecodeErrorClass, "'%s' codec can't decode bytes in position %d-%d: %s", norm, i, i+k, reason)
			}
			return nil, raisef(unicodeDecodeErrorClass, "'%s' codec can't decode byte 0x%02x in position %d: %s", norm, s[i], i, reason)
		case "replace":
			b.WriteRune(utf8.RuneError)
		case "backslashreplace":
			for j := i; j <= i+k; j++ {
				b.WriteString("\\x" + hexString(s[j:j+1]))
			}
		}
		i += 1 + k
	}
	return Str(b.String()), nil
}

// encodeStr is str.encode for UTF-8, ASCII and Latin-1 with the strict,
// replace, ignore, backslashreplace and xmlcharrefreplace handlers
// (Objects/unicodeobject.c, unicode_encode_ucs1 for the last two): a run of
// characters the codec cannot encode is reported, or handled, as one.
func encodeStr(s, enc, errs string) (Value, error) {
	norm := strings.ReplaceAll(strings.ToLower(enc), "_", "-")
	limit := rune(0)
	switch norm {
	case "utf-8", "utf8", "u8":
		return Bytes(s), nil
	case "ascii", "us-ascii":
		norm, limit = "ascii", 0x80
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
		norm, limit = "latin-1", 0x100
	default:
		return nil, raisef(lookupErrorClass, "unknown encoding: %s", enc)
	}
	switch errs {
	case "strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace":
	default:
		return nil, raisef(lookupErrorClass, "unknown error handler name '%s'", errs)
	}
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r < limit {
			b.WriteByte(byte(r))
			continue
		}
		switch errs {
		case "strict":
			j := i
			for j+1 < len(rs) && rs[j+1] >= limit {
				j++
			}
			where := fmt.Sprintf("character '%s' in position %d", asciiEscape(string(r)), i)
			if j > i {
				where = fmt.Sprintf("characters in position %d-%d", i, j)
			}
			return nil, raisef(unicodeEncodeClass, "'%s' codec can't encode %s: ordinal not in range(%d)", norm, where, limit)
		case "replace":
			b.WriteByte('?')
		case "backslashreplace":
			b.WriteString(asciiEscape(string(r))) // r is never ASCII here
		case "xmlcharrefreplace":
			fmt.Fprintf(&b, "&#%d;", r)
		}
	}
	return Bytes(b.String()), nil
}

// utf8Subpart measures the ill-formed sequence at the start of s (a lead
// byte from 0xc2 to 0xf4): how many bytes after the lead continue it
// validly (Unicode's maximal subpart: E0 needs A0-BF next, ED 80-9F, F0
// 90-BF, F4 80-8F), and whether s ends inside it. CPython reports and
// replaces the lead and those bytes as one (Objects/stringlib/codecs.h).
func utf8Subpart(s string) (k int, truncated bool) {
	need := 2
	switch {
	case s[0] >= 0xf0:
		need = 4
	case s[0] >= 0xe0:
		need = 3
	}
	for k+1 < need && k+1 < len(s) {
		lo, hi := byte(0x80), byte(0xbf)
		if k == 0 {
			switch s[0] {
			case 0xe0:
				lo = 0xa0
			case 0xed:
				hi = 0x9f
			case 0xf0:
				lo = 0x90
			case 0xf4:
				hi = 0x8f
			}
		}
		if c := s[k+1]; c < lo || c > hi {
			return k, false
		}
		k++
	}
	return k, k+1 < need
}

// latin1 maps bytes to the str of the same code points, and back: bytes
// % args reuses str's formatting on that view (Objects/bytesobject.c
// _PyBytes_FormatEx formats byte by byte the same way).
func latin1(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteRune(rune(s[i]))
	}
	return b.String()
}

func unlatin1(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xff {
			return "", false
		}
		b = append(b, byte(r))
	}
	return string(b), true
}

// bytesPercent is bytes % args.
func (in *Interp) bytesPercent(format string, args Value) (Value, error) {
	conv := func(v Value) Value {
		if b, ok := v.(Bytes); ok {
			return Str(latin1(string(b)))
		}
		return v
	}
	switch a := args.(type) {
	case *Tuple:
		vs := make([]Value, len(a.items))
		for i, v := range a.items {
			vs[i] = conv(v)
		}
		args = newTuple(vs)
	default:
		args = conv(args)
	}
	s, err := in.percentFormat(latin1(format), args)
	if err != nil {
		return nil, err
	}
	out, ok := unlatin1(s)
	if !ok {
		return nil, newTypeError("%%b requires a bytes-like object, or an object that implements __bytes__, not 'str'")
	}
	return Bytes(out), nil
}

// bytesContains is `x in b`: a byte value or a bytes substring.
func bytesContains(b Bytes, item Value) (bool, error) {
	if n, ok := asInt(item); ok {
		if n < 0 || n > 255 {
			return false, newValueError("byte must be in range(0, 256)")
		}
		return strings.IndexByte(string(b), byte(n)) >= 0, nil
	}
	sub, ok := item.(Bytes)
	if !ok {
		return false, newTypeError("a bytes-like object is required, not '%s'", typeName(item))
	}
	return strings.Contains(string(b), string(sub)), nil
}

// bytesInts is the items of b as ints (iteration gives ints).
func bytesInts(b Bytes) *Tuple {
	vs := make([]Value, len(b))
	for i := 0; i < len(b); i++ {
		vs[i] = Int(b[i])
	}
	return newTuple(vs)
}

func hexString(s string) string {
	const digits = "0123456789abcdef"
	b := make([]byte, 2*len(s))
	for i := 0; i < len(s); i++ {
		b[2*i], b[2*i+1] = digits[s[i]>>4], digits[s[i]&15]
	}
	return string(b)
}
