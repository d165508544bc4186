// This file implements struct (Lib/struct.py re-exports Modules/_struct.c):
// pack, unpack, calcsize, pack_into, unpack_from, iter_unpack, the Struct
// class and struct.error, for the formats of the struct docs (byte orders
// @ = < > !, codes x c b B ? h H i I l L q Q n N e f d s p P) on an x86-64
// Linux CPython: native sizes and alignment for '@', and the standard
// sizes otherwise. Results and errors are CPython 3.8-3.13's, whose
// wording follows which C packer a code gets: on a little-endian machine
// the '<' and '=' tables borrow the native packers for every code whose
// standard size is the native one (b B c h H i I q Q e; not l L f d ?),
// and the native and big-endian packers report a range error differently
// (the "argument out of range" of a failed C conversion, "int too large to
// convert" of the byte-array one, or the format's own range) until 3.12,
// which names the range everywhere. Measured here across 3.8-3.13 for
// every order and code.

package pyvm

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"strings"
)

var (
	structErrorClass = func() *Class {
		c := newExcClass("error", exceptionClass)
		c.module = "struct"
		return c
	}()
	structClass = func() *Class {
		c := builtinClass("Struct")
		c.module, c.ctype = "_struct", true
		return c
	}()
)

const structFmtKey = "\x00struct"

func structErr(format string, a ...any) error {
	return &PyError{newExc(structErrorClass, Str(fmt.Sprintf(format, a...)))}
}

// structItem is one code of a format with its repeat count: count items
// of size bytes from offset (for s and p, one item of count bytes; for x,
// count pad bytes and no item).
type structItem struct {
	code          byte
	count, size   int
	offset, nargs int
}

// structFormat is a parsed format.
type structFormat struct {
	text  string
	order byte // '@' (native), '=', '<', '>' or '!'
	items []structItem
	size  int
	nargs int
}

var (
	structNativeSize = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
		'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
	structStdSize = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
		'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
)

// parseStructFormat is _struct.c's prepare_s: an optional byte order,
// then codes with optional counts; whitespace between codes is ignored.
func parseStructFormat(text string) (*structFormat, error) {
	f := &structFormat{text: text, order: '@'}
	s := text
	if s != "" && strings.IndexByte("@=<>!", s[0]) >= 0 {
		f.order, s = s[0], s[1:]
	}
	sizes := structStdSize
	if f.order == '@' {
		sizes = structNativeSize
	}
	const maxSize = math.MaxInt64
	for i := 0; i < len(s); {
		c := s[i]
		if strings.IndexByte(" \t\n\r\v\f", c) >= 0 {
			i++
			continue
		}
		num := 1
		if '0' <= c && c <= '9' {
			num = 0
			for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
				d := int(s[i] - '0')
				if num > (maxSize-d)/10 {
					return nil, structErr("total struct size too long")
				}
				num = num*10 + d
			}
			if i == len(s) {
				return nil, structErr("repeat count given without format specifier")
			}
			c = s[i]
		}
		i++
		size, ok := sizes[c]
		if !ok {
			return nil, structErr("bad char in struct format")
		}
		if f.order == '@' && size > 1 && strings.IndexByte("spcx", c) < 0 {
			f.size = (f.size + size - 1) / size * size // native alignment
		}
		it := structItem{code: c, count: num, size: size, offset: f.size}
		switch c {
		case 's', 'p':
			it.size, it.nargs = num, 1
			if num > maxSize-f.size {
				return nil, structErr("total struct size too long")
			}
			f.size += num
		case 'x':
			if num > maxSize-f.size {
				return nil, structErr("total struct size too long")
			}
			f.size += num
		default:
			if num > (maxSize-f.size)/size {
				return nil, structErr("total struct size too long")
			}
			it.nargs = num
			f.size += num * size
		}
		f.nargs += it.nargs
		f.items = append(f.items, it)
	}
	return f, nil
}

// structFormatArg reads a format given as str or bytes.
func structFormatArg(v Value) (*structFormat, error) {
	var text string
	switch x := v.(type) {
	case Str:
		text = string(x)
	case Bytes:
		text = string(x)
	default:
		return nil, newTypeError("Struct() argument 1 must be a str or bytes object, not %s", typeName(v))
	}
	if strings.IndexByte(text, 0) >= 0 {
		return nil, newValueError("embedded null character")
	}
	return parseStructFormat(text)
}

// packerKind is the C packer a code gets, for the errors it reports:
// 'n' native, 'l' little-endian standard, 'b' big-endian standard.
func (f *structFormat) packerKind(c byte) byte {
	switch f.order {
	case '@':
		return 'n'
	case '<', '=':
		if strings.IndexByte("lLfd?", c) >= 0 {
			return 'l'
		}
		return 'n'
	}
	if strings.IndexByte("bBcspx", c) >= 0 {
		return 'n'
	}
	return 'b'
}

// intRange is the range of integer code c at size bytes.
func intRange(c byte, size int) (lo, hi *big.Int) {
	bits := uint(8 * size)
	if c >= 'a' && c <= 'z' { // signed: b h i l q n
		lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits-1), big.NewInt(1))
		return lo, hi
	}
	return big.NewInt(0), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
}

var (
	bigMinInt64  = big.NewInt(math.MinInt64)
	bigMaxInt64  = big.NewInt(math.MaxInt64)
	bigMaxUint64 = new(big.Int).SetUint64(math.MaxUint64)
)

// packInt checks integer v for code c and returns its two's-complement
// bits, with the error each version's packer gives.
func (in *Interp) packInt(f *structFormat, c byte, size int, v Value) (uint64, error) {
	n, ok := toBig(v)
	if !ok {
		if _, isEnum := v.(sigEnum); isEnum {
			x, _ := asInt(v)
			n, ok = big.NewInt(x), true
		}
	}
	if !ok {
		return 0, structErr("required argument is not an integer")
	}
	lo, hi := intRange(c, size)
	if c == 'P' {
		lo = bigMinInt64
	}
	if n.Cmp(lo) >= 0 && n.Cmp(hi) <= 0 {
		if n.Sign() < 0 {
			return uint64(n.Int64()), nil
		}
		return n.Uint64(), nil
	}
	v12 := in.cfg.Version.AtLeast(3, 12)
	rangeErr := func() error {
		return structErr("'%c' format requires %s <= number <= %s", c, lo.String(), hi.String())
	}
	fitsLong := n.Cmp(bigMinInt64) >= 0 && n.Cmp(bigMaxInt64) <= 0
	fitsULong := n.Sign() >= 0 && n.Cmp(bigMaxUint64) <= 0
	switch {
	case c == 'P':
		return 0, structErr("int too large to convert")
	case v12:
		return 0, rangeErr()
	}
	signed := c >= 'a' && c <= 'z'
	switch f.packerKind(c) {
	case 'n':
		switch c {
		case 'b', 'B', 'h', 'H':
			if !fitsLong {
				return 0, structErr("argument out of range")
			}
			return 0, structErr("%s", nativeSmallRange(c, in.cfg.Version.AtLeast(3, 11)))
		case 'i':
			if !fitsLong {
				return 0, structErr("argument out of range")
			}
			return 0, rangeErr()
		case 'I':
			if !fitsULong {
				return 0, structErr("argument out of range")
			}
			return 0, rangeErr()
		}
		return 0, structErr("argument out of range") // l L q Q n N: the C conversion failed
	case 'l':
		if signed && !fitsLong || !signed && !fitsULong {
			return 0, structErr("argument out of range")
		}
		return 0, rangeErr()
	}
	// The big-endian packers.
	if c == 'q' || c == 'Q' {
		return 0, structErr("int too large to convert")
	}
	if signed && !fitsLong || !signed && !fitsULong {
		return 0, structErr("argument out of range")
	}
	return 0, rangeErr()
}

// nativeSmallRange is the message of the native byte and short packers
// (np_byte, np_ubyte, np_short, np_ushort), whose limits 3.8-3.10 spelled
// with the C macros' text.
func nativeSmallRange(c byte, v311 bool) string {
	switch c {
	case 'b':
		return "byte format requires -128 <= number <= 127"
	case 'B':
		return "ubyte format requires 0 <= number <= 255"
	case 'h':
		if v311 {
			return "short format requires -32768 <= number <= 32767"
		}
		return "short format requires (-0x7fff - 1) <= number <= 0x7fff"
	}
	if v311 {
		return "ushort format requires 0 <= number <= 65535"
	}
	return "ushort format requires 0 <= number <= (0x7fff * 2 + 1)"
}

// packFloat converts v for code c (e, f, d).
func (f *structFormat) packFloat(c byte, v Value) (float64, error) {
	var x float64
	switch n := v.(type) {
	case Float:
		x = float64(n)
	case Int:
		x = float64(n)
	case Bool:
		if n {
			x = 1
		}
	case *BigInt:
		x, _ = new(big.Float).SetInt(n.v).Float64()
		if math.IsInf(x, 0) {
			return 0, structErr("required argument is not a float")
		}
	default:
		return 0, structErr("required argument is not a float")
	}
	switch {
	case c == 'f' && f.order != '@':
		if y := float32(x); math.IsInf(float64(y), 0) && !math.IsInf(x, 0) {
			return 0, raisef(overflowErrorClass, "float too large to pack with f format")
		}
	case c == 'e':
		if _, over := halfBits(x); over {
			return 0, raisef(overflowErrorClass, "float too large to pack with e format")
		}
	}
	return x, nil
}

// halfBits is x as an IEEE 754 half (PyFloat_Pack2's rounding: to
// nearest, ties to even); over reports a finite x too large for it.
func halfBits(x float64) (bits uint16, over bool) {
	var sign uint16
	if math.Signbit(x) {
		sign, x = 0x8000, -x
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, false
	case math.IsInf(x, 0):
		return sign | 0x7c00, false
	case x == 0:
		return sign, false
	}
	frac, exp := math.Frexp(x) // x = frac * 2^exp, 0.5 <= frac < 1
	e := exp - 1 + 15          // biased exponent of 1.m * 2^(exp-1)
	if e <= 0 {
		// Subnormal: a multiple of 2^-24.
		m := uint16(math.RoundToEven(math.Ldexp(x, 24)))
		return sign | m, false // m == 0x400 reads as the smallest normal
	}
	m := math.RoundToEven((2*frac - 1) * 1024)
	if m == 1024 {
		m, e = 0, e+1
	}
	if e >= 31 {
		return 0, true
	}
	return sign | uint16(e)<<10 | uint16(m), false
}

// halfValue is half-precision bits as a float64.
func halfValue(b uint16) float64 {
	sign := 1.0
	if b&0x8000 != 0 {
		sign = -1
	}
	e, m := int(b>>10&0x1f), float64(b&0x3ff)
	switch e {
	case 0:
		return sign * math.Ldexp(m, -24)
	case 31:
		if m == 0 {
			return sign * math.Inf(1)
		}
		return math.Copysign(pyNaN, sign)
	}
	return sign * math.Ldexp(1+m/1024, e-15)
}

func (f *structFormat) byteOrder() binary.ByteOrder {
	if f.order == '>' || f.order == '!' {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// pack encodes args into buf (len f.size), which is zero.
func (in *Interp) structPack(f *structFormat, buf []byte, args []Value) error {
	bo := f.byteOrder()
	k := 0
	for _, it := range f.items {
		switch it.code {
		case 'x':
			continue
		case 's', 'p':
			v := args[k]
			k++
			b, ok := bytesOf(v)
			if !ok {
				return structErr("argument for '%c' must be a bytes object", it.code)
			}
			dst := buf[it.offset : it.offset+it.count]
			if it.code == 's' {
				copy(dst, b)
				continue
			}
			if it.count == 0 {
				continue
			}
			n := min(len(b), it.count-1)
			copy(dst[1:], b[:n])
			dst[0] = byte(min(n, 255))
			continue
		}
		for j := 0; j < it.count; j++ {
			v := args[k]
			k++
			dst := buf[it.offset+j*it.size : it.offset+(j+1)*it.size]
			switch it.code {
			case 'c':
				b, ok := v.(Bytes)
				if !ok || len(b) != 1 {
					return structErr("char format requires a bytes object of length 1")
				}
				dst[0] = b[0]
			case '?':
				t, err := in.truth(v)
				if err != nil {
					return err
				}
				if t {
					dst[0] = 1
				}
			case 'e', 'f', 'd':
				x, err := f.packFloat(it.code, v)
				if err != nil {
					return err
				}
				switch it.code {
				case 'e':
					h, _ := halfBits(x)
					bo.PutUint16(dst, h)
				case 'f':
					bo.PutUint32(dst, math.Float32bits(float32(x)))
				default:
					bo.PutUint64(dst, math.Float64bits(x))
				}
			default:
				u, err := in.packInt(f, it.code, it.size, v)
				if err != nil {
					return err
				}
				switch it.size {
				case 1:
					dst[0] = byte(u)
				case 2:
					bo.PutUint16(dst, uint16(u))
				case 4:
					bo.PutUint32(dst, uint32(u))
				default:
					bo.PutUint64(dst, u)
				}
			}
		}
	}
	return nil
}

// structUnpack decodes buf (len f.size) into a tuple.
func structUnpack(f *structFormat, buf []byte) *Tuple {
	bo := f.byteOrder()
	out := make([]Value, 0, f.nargs)
	for _, it := range f.items {
		switch it.code {
		case 'x':
			continue
		case 's':
			out = append(out, Bytes(buf[it.offset:it.offset+it.count]))
			continue
		case 'p':
			if it.count == 0 {
				out = append(out, Bytes(""))
				continue
			}
			n := min(int(buf[it.offset]), it.count-1)
			out = append(out, Bytes(buf[it.offset+1:it.offset+1+n]))
			continue
		}
		for j := 0; j < it.count; j++ {
			src := buf[it.offset+j*it.size : it.offset+(j+1)*it.size]
			switch it.code {
			case 'c':
				out = append(out, Bytes(src[:1]))
			case '?':
				out = append(out, Bool(src[0] != 0))
			case 'e':
				out = append(out, Float(halfValue(bo.Uint16(src))))
			case 'f':
				out = append(out, Float(float64(math.Float32frombits(bo.Uint32(src)))))
			case 'd':
				out = append(out, Float(math.Float64frombits(bo.Uint64(src))))
			default:
				var u uint64
				switch it.size {
				case 1:
					u = uint64(src[0])
				case 2:
					u = uint64(bo.Uint16(src))
				case 4:
					u = uint64(bo.Uint32(src))
				default:
					u = bo.Uint64(src)
				}
				if it.code >= 'a' && it.code <= 'z' { // signed
					shift := 64 - 8*uint(it.size)
					out = append(out, mkInt(int64(u<<shift)>>shift))
				} else {
					out = append(out, normBig(new(big.Int).SetUint64(u)))
				}
			}
		}
	}
	return newTuple(out)
}

// cStructName is how _struct's functions name themselves in argument
// errors: with their module from 3.9 (Argument Clinic).
func (in *Interp) cStructName(fn string) string {
	if in.cfg.Version.AtLeast(3, 9) {
		return "_struct." + fn
	}
	return fn
}

// structOffset converts pack_into's and unpack_from's offset: unpack_from's
// Argument Clinic converter said so of a float in 3.8 and 3.9; pack_into
// parses its own arguments, and never did.
func (in *Interp) structOffset(v Value, packInto bool) (int, error) {
	if _, isFloat := v.(Float); isFloat && !packInto && !in.cfg.Version.AtLeast(3, 10) {
		return 0, newTypeError("integer argument expected, got float")
	}
	n, ok := asInt(v)
	if !ok {
		if _, big := v.(*BigInt); big {
			return 0, raisef(overflowErrorClass, "Python int too large to convert to C ssize_t")
		}
		return 0, newTypeError("'%s' object cannot be interpreted as an integer", typeName(v))
	}
	return int(n), nil
}

// placeAt resolves an offset into a buffer of n bytes for size bytes, with
// pack_into's or unpack_from's errors (a negative offset counts from the
// end).
func placeAt(what string, offset, size, n int) (int, error) {
	if offset < 0 {
		if offset+size > 0 {
			if what == "pack_into" {
				return 0, structErr("no space to pack %d bytes at offset %d", size, offset)
			}
			return 0, structErr("not enough data to unpack %d bytes at offset %d", size, offset)
		}
		if offset+n < 0 {
			return 0, structErr("offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < size {
		verb := "unpacking"
		if what == "pack_into" {
			verb = "packing"
		}
		return 0, structErr("%s requires a buffer of at least %d bytes for %s %d bytes at offset %d (actual buffer size is %d)",
			what, size+offset, verb, size, offset, n)
	}
	return offset, nil
}

func (in *Interp) structDoPack(f *structFormat, args []Value, name string) (Bytes, error) {
	if len(args) != f.nargs {
		return "", structErr("%s expected %d items for packing (got %d)", name, f.nargs, len(args))
	}
	if f.size > maxItems {
		return "", tooBig(int64(f.size))
	}
	if err := in.spendCopy(f.size); err != nil {
		return "", err
	}
	buf := make([]byte, f.size)
	if err := in.structPack(f, buf, args); err != nil {
		return "", err
	}
	return Bytes(buf), nil
}

func (in *Interp) structPackInto(f *structFormat, args []Value) error {
	switch len(args) {
	case 0:
		return structErr("pack_into expected buffer argument")
	case 1:
		return structErr("pack_into expected offset argument")
	}
	if len(args)-2 != f.nargs {
		return structErr("pack_into expected %d items for packing (got %d)", f.nargs, len(args)-2)
	}
	data, ok := bytearrayData(args[0])
	if !ok {
		return newTypeError("argument must be read-write bytes-like object, not %s", typeName(args[0]))
	}
	off, err := in.structOffset(args[1], true)
	if err != nil {
		return err
	}
	off, err = placeAt("pack_into", off, f.size, len(data))
	if err != nil {
		return err
	}
	buf := make([]byte, f.size)
	if err := in.structPack(f, buf, args[2:]); err != nil {
		return err
	}
	setBytearray(args[0], data[:off]+string(buf)+data[off+f.size:])
	return nil
}

func structBuffer(v Value) (string, error) {
	if b, ok := bytesOf(v); ok {
		return b, nil
	}
	return "", newTypeError("a bytes-like object is required, not '%s'", typeName(v))
}

func structDoUnpack(f *structFormat, v Value) (Value, error) {
	b, err := structBuffer(v)
	if err != nil {
		return nil, err
	}
	if len(b) != f.size {
		return nil, structErr("unpack requires a buffer of %d bytes", f.size)
	}
	return structUnpack(f, []byte(b)), nil
}

func (in *Interp) structUnpackFrom(f *structFormat, buffer, offset Value) (Value, error) {
	b, err := structBuffer(buffer)
	if err != nil {
		return nil, err
	}
	off := 0
	if offset != nil {
		if off, err = in.structOffset(offset, false); err != nil {
			return nil, err
		}
	}
	if off, err = placeAt("unpack_from", off, f.size, len(b)); err != nil {
		return nil, err
	}
	return structUnpack(f, []byte(b[off:off+f.size])), nil
}

func (in *Interp) structIterUnpack(f *structFormat, v Value) (Value, error) {
	b, err := structBuffer(v)
	if err != nil {
		return nil, err
	}
	if f.size == 0 {
		return nil, structErr("cannot iteratively unpack with a struct of length 0")
	}
	if len(b)%f.size != 0 {
		return nil, structErr("iterative unpacking requires a buffer of a multiple of %d bytes", f.size)
	}
	var items []Value
	for i := 0; i < len(b); i += f.size {
		items = append(items, structUnpack(f, []byte(b[i:i+f.size])))
	}
	// Unpacked at once here (the buffer is a snapshot), handed out one by
	// one as _struct's unpack_iterator.
	return &Iter{kind: iterSeq, src: newTuple(items), cls: unpackIterClass}, nil
}

var unpackIterClass = func() *Class {
	c := builtinClass("unpack_iterator")
	c.module, c.ctype = "_struct", true
	c.dict.setStr("__length_hint__", &Builtin{name: "__length_hint__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		it, ok := args[0].(*Iter)
		if !ok {
			return nil, newTypeError("descriptor '__length_hint__' requires a '_struct.unpack_iterator' object")
		}
		return mkInt(int64(len(it.src.(*Tuple).items)) - it.i), nil
	}})
	return c
}()

// bufferAndOffset reads unpack_from's (buffer, offset=0) after the format,
// positionally or by keyword.
func bufferAndOffset(name string, args []Value, kw []string) (buffer, offset Value, err error) {
	pos, kws, err := splitKw(name, args, kw, "buffer", "offset")
	if err != nil {
		return nil, nil, err
	}
	if len(pos) > 2 {
		return nil, nil, newTypeError("%s() takes at most 2 arguments (%d given)", name, len(pos)+len(kws))
	}
	if len(pos) > 0 {
		buffer = pos[0]
	}
	if len(pos) > 1 {
		offset = pos[1]
	}
	if v, ok := kws["buffer"]; ok {
		buffer = v
	}
	if v, ok := kws["offset"]; ok {
		offset = v
	}
	if buffer == nil {
		return nil, nil, newTypeError("%s() missing required argument 'buffer' (pos 1)", name)
	}
	return buffer, offset, nil
}

func newStructModule(in *Interp) *Module {
	m := newNativeModule("struct")
	m.dict.setStr("error", structErrorClass)
	m.dict.setStr("Struct", structClass)
	// withFormat registers a module function that takes a format first and
	// no keywords: its argument-count check, the format, then what the
	// operation does with the rest.
	withFormat := func(name string, count func(in *Interp, n int) error, do func(in *Interp, f *structFormat, rest []Value) (Value, error)) {
		m.fn(name, func(in *Interp, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return nil, newTypeError("%s() takes no keyword arguments", in.cStructName(name))
			}
			if err := count(in, len(args)); err != nil {
				return nil, err
			}
			f, err := structFormatArg(args[0])
			if err != nil {
				return nil, err
			}
			return do(in, f, args[1:])
		})
	}
	needFormat := func(in *Interp, n int) error {
		if n == 0 {
			return newTypeError("missing format argument")
		}
		return nil
	}
	expect2 := func(name string) func(in *Interp, n int) error {
		return func(in *Interp, n int) error {
			if n != 2 {
				return newTypeError("%s expected 2 arguments, got %d", name, n)
			}
			return nil
		}
	}
	withFormat("calcsize", func(in *Interp, n int) error {
		if n != 1 {
			return newTypeError("%s() takes exactly one argument (%d given)", in.cStructName("calcsize"), n)
		}
		return nil
	}, func(in *Interp, f *structFormat, rest []Value) (Value, error) {
		return mkInt(int64(f.size)), nil
	})
	withFormat("pack", needFormat, func(in *Interp, f *structFormat, rest []Value) (Value, error) {
		return in.structDoPack(f, rest, "pack")
	})
	withFormat("pack_into", needFormat, func(in *Interp, f *structFormat, rest []Value) (Value, error) {
		return None, in.structPackInto(f, rest)
	})
	withFormat("unpack", expect2("unpack"), func(in *Interp, f *structFormat, rest []Value) (Value, error) {
		return structDoUnpack(f, rest[0])
	})
	withFormat("iter_unpack", expect2("iter_unpack"), func(in *Interp, f *structFormat, rest []Value) (Value, error) {
		return in.structIterUnpack(f, rest[0])
	})
	m.fn("unpack_from", func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args)-len(kw) < 1 {
			return nil, newTypeError("%s() missing required argument 'format' (pos 1)", in.cStructName("unpack_from"))
		}
		f, err := structFormatArg(args[0])
		if err != nil {
			return nil, err
		}
		buffer, offset, err := bufferAndOffset(in.cStructName("unpack_from"), args[1:], kw)
		if err != nil {
			return nil, err
		}
		return in.structUnpackFrom(f, buffer, offset)
	})
	m.fn("_clearcache", func(in *Interp, args []Value, kw []string) (Value, error) {
		return None, checkArgs("_clearcache", args, kw, 0, 0)
	})
	return m
}

// structOf is a Struct instance's parsed format.
func structOf(v Value) (*structFormat, bool) {
	x, ok := v.(*Instance)
	if !ok || x.cls != structClass {
		return nil, false
	}
	t, _ := x.dict.getStr(structFmtKey)
	f, err := parseStructFormat(string(t.(Str)))
	return f, err == nil
}

func init() {
	nativeModules["struct"] = newStructModule
	structClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		pos, kws, err := splitKw("Struct", args, kw, "format")
		if err != nil {
			return nil, err
		}
		var fv Value
		switch {
		case len(pos) == 1 && len(kws) == 0:
			fv = pos[0]
		case len(pos) == 0 && len(kws) == 1:
			fv = kws["format"]
		default:
			return nil, newTypeError("Struct() takes exactly 1 argument (%d given)", len(args))
		}
		f, err := structFormatArg(fv)
		if err != nil {
			return nil, err
		}
		inst := &Instance{cls: structClass, dict: newDict()}
		inst.dict.setStr(structFmtKey, Str(f.text))
		return inst, nil
	}
	method := func(name string, fn func(in *Interp, f *structFormat, args []Value, kw []string) (Value, error)) {
		structClass.dict.setStr(name, &Builtin{name: name, fn: func(in *Interp, args []Value, kw []string) (Value, error) {
			if len(args) == 0 {
				return nil, unboundNeedsArg(in, "Struct", name)
			}
			f, ok := structOf(args[0])
			if !ok {
				return nil, newTypeError("descriptor '%s' for '_struct.Struct' objects doesn't apply to a '%s' object", name, typeName(args[0]))
			}
			return fn(in, f, args[1:], kw)
		}})
	}
	method("pack", func(in *Interp, f *structFormat, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return nil, newTypeError("pack() takes no keyword arguments")
		}
		return in.structDoPack(f, args, "pack")
	})
	method("pack_into", func(in *Interp, f *structFormat, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return nil, newTypeError("pack_into() takes no keyword arguments")
		}
		return None, in.structPackInto(f, args)
	})
	method("unpack", func(in *Interp, f *structFormat, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 || len(args) != 1 {
			return nil, newTypeError("unpack() takes exactly one argument (%d given)", len(args))
		}
		return structDoUnpack(f, args[0])
	})
	method("unpack_from", func(in *Interp, f *structFormat, args []Value, kw []string) (Value, error) {
		buffer, offset, err := bufferAndOffset("unpack_from", args, kw)
		if err != nil {
			return nil, err
		}
		return in.structUnpackFrom(f, buffer, offset)
	})
	method("iter_unpack", func(in *Interp, f *structFormat, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 || len(args) != 1 {
			return nil, newTypeError("iter_unpack() takes exactly one argument (%d given)", len(args))
		}
		return in.structIterUnpack(f, args[0])
	})
	prop := func(name string, get func(f *structFormat) Value) {
		structClass.dict.setStr(name, &Property{fget: &Builtin{name: name, fn: func(in *Interp, args []Value, kw []string) (Value, error) {
			f, ok := structOf(args[0])
			if !ok {
				return nil, newTypeError("descriptor '%s' for '_struct.Struct' objects doesn't apply to a '%s' object", name, typeName(args[0]))
			}
			return get(f), nil
		}}})
	}
	prop("format", func(f *structFormat) Value { return Str(f.text) })
	prop("size", func(f *structFormat) Value { return mkInt(int64(f.size)) })
	structClass.dict.setStr("__repr__", &Builtin{name: "__repr__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		x := args[0].(*Instance)
		f, _ := structOf(x)
		switch {
		case in.cfg.Version.AtLeast(3, 13) && f != nil:
			r, err := in.repr(Str(f.text))
			return Str("Struct(" + r + ")"), err
		case !in.cfg.Version.AtLeast(3, 9):
			// 3.8's Struct type had no module in its name.
			return Str(fmt.Sprintf("<Struct object at %s>", in.addr(x))), nil
		}
		return Str(fmt.Sprintf("<%s object at %s>", qualClassName(x.cls), in.addr(x))), nil
	}})
}

// pyNaN is float('nan') as CPython makes it, the quiet NaN with no payload
// (0x7ff8000000000000); Go's math.NaN() sets a payload bit, which
// struct.pack would show.
var pyNaN = math.Float64frombits(0x7ff8000000000000)
