// This file implements string formatting: format specs (Python/formatter_unicode.c:
// [[fill]align][sign][#][0][width][,][.precision][type]), f-string pieces,
// printf-style `%` (Objects/unicodeobject.c, PyUnicode_Format) and str.format.

package pyvm

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// idOf is id(v): objects are numbered in order of first request, so runs
// are deterministic (CPython shows addresses).
func (in *Interp) idOf(v Value) int64 {
	if in == nil {
		return 0
	}
	switch v.(type) {
	case Int, Bool, Float, Str, NoneType, Bytes:
		h, _ := hashKey(v)
		k := struct {
			t string
			h any
		}{typeName(v), h}
		return in.idFor(k)
	}
	return in.idFor(v)
}

func (in *Interp) idFor(k any) int64 {
	if in.ids == nil {
		in.ids = map[any]int64{}
	}
	if id, ok := in.ids[k]; ok {
		return id
	}
	in.nextID++
	id := 0x7f3a5c000000 + in.nextID*0x30
	in.ids[k] = id
	return id
}

type formatSpec struct {
	fill      rune
	align     byte
	sign      byte
	alt       bool
	zero      bool
	width     int
	noNegZero bool // 'z' (3.11+, PEP 682): a negative zero after rounding prints as 0
	comma     bool // a grouping option: ',' or '_' (sep)
	sep       byte
	precision int
	typ       byte
}

// parseSpec reads a format specification; z: the 'z' option exists
// (3.11+).
func parseSpec(s string, z bool) (formatSpec, error) {
	sp := formatSpec{fill: ' ', precision: -1}
	rs := []rune(s)
	i := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }
	if len(rs) >= 2 && isAlign(rs[1]) {
		sp.fill, sp.align = rs[0], byte(rs[1])
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		sp.align = byte(rs[0])
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		sp.sign = byte(rs[i])
		i++
	}
	if z && i < len(rs) && rs[i] == 'z' {
		sp.noNegZero = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		sp.alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		sp.zero = true
		i++
	}
	start := i
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	if i > start {
		sp.width, _ = strconv.Atoi(string(rs[start:i]))
		if sp.width > maxItems || i-start > 9 {
			return sp, tooBig(int64(sp.width))
		}
	}
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		sp.comma = true
		sp.sep = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		start = i
		for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
			i++
		}
		if i == start {
			return sp, newValueError("Format specifier missing precision")
		}
		sp.precision, _ = strconv.Atoi(string(rs[start:i]))
		if sp.precision > 1000 {
			return sp, newValueError("precision too big")
		}
	}
	if i < len(rs) {
		sp.typ = byte(rs[i])
		i++
	}
	if i != len(rs) {
		return sp, errBadSpec
	}
	return sp, nil
}

// errBadSpec is parseSpec's error for text left over after the type,
// which format words per version and type (badSpec).
var errBadSpec = errors.New("invalid format specifier")

// badSpec is the ValueError for spec, which does not parse, given to a
// value of type typ: 3.11+ name both (Python/formatter_unicode.c,
// parse_internal_render_format_spec).
func (in *Interp) badSpec(spec, typ string) error {
	if in.cfg.Version.AtLeast(3, 11) {
		return newValueError("Invalid format specifier '%s' for object of type '%s'", spec, typ)
	}
	return newValueError("Invalid format specifier")
}

// format is format(v, spec).
func (in *Interp) format(v Value, spec string) (string, error) {
	if e, ok := v.(sigEnum); ok {
		v = Int(e.n) // IntEnum formats as its int (Lib/enum.py, all versions)
	}
	if x, ok := v.(*Instance); ok {
		if m, ok := x.cls.lookup("__format__"); ok {
			r, err := in.callSync(&BoundMethod{self: x, fn: m}, []Value{Str(spec)}, nil)
			if err != nil {
				return "", err
			}
			return strNoCall(r), nil
		}
	}
	if spec == "" {
		return in.str(v)
	}
	sp, err := parseSpec(spec, in.cfg.Version.AtLeast(3, 11))
	if err == errBadSpec {
		return "", in.badSpec(spec, typeName(v))
	}
	if err != nil {
		return "", err
	}
	if _, isFloat := v.(Float); sp.noNegZero && !isFloat {
		kind := "string"
		switch v.(type) {
		case Int, Bool, *BigInt:
			kind = "integer"
		}
		return "", newValueError("Negative zero coercion (z) not allowed in %s format specifier", kind)
	}
	var body string
	numeric := false
	switch x := v.(type) {
	case Int, Bool, *BigInt:
		body, err = in.formatInt(x, &sp)
		numeric = true
	case Float:
		body, err = formatFloat(float64(x), &sp)
		numeric = true
	default:
		if sp.typ != 0 && sp.typ != 's' {
			return "", newValueError("Unknown format code '%c' for object of type '%s'", sp.typ, typeName(v))
		}
		body, err = in.str(v)
		if sp.precision >= 0 && utf8.RuneCountInString(body) > sp.precision {
			body = string([]rune(body)[:sp.precision])
		}
	}
	if err != nil {
		return "", err
	}
	return pad(body, &sp, numeric), nil
}

// formatInt formats an int, bool or BigInt v (Python/formatter_unicode.c,
// format_long_internal).
func (in *Interp) formatInt(v Value, sp *formatSpec) (string, error) {
	var neg bool
	var text func(base int) string
	if b, ok := v.(*BigInt); ok {
		switch sp.typ {
		case 'f', 'F', 'e', 'E', 'g', 'G', '%':
			f, err := bigToFloat(b.v)
			if err != nil {
				return "", err
			}
			return formatFloat(f, sp)
		case 'c':
			return "", raisef(overflowErrorClass, "%%c arg not in range(0x110000)")
		case 0, 'd', 'n':
			if _, err := in.bigDecimal(b.v); err != nil {
				return "", err
			}
		}
		neg = b.v.Sign() < 0
		text = func(base int) string { return bigFormatBase(b.v, base) }
	} else {
		n, _ := asInt(v)
		switch sp.typ {
		case 'f', 'F', 'e', 'E', 'g', 'G', '%':
			return formatFloat(float64(n), sp)
		case 'c':
			return string(rune(n)), nil
		}
		neg = n < 0
		u := uint64(n)
		if neg {
			u = uint64(-n)
		}
		text = func(base int) string { return strconv.FormatUint(u, base) }
	}
	var digits, prefix string
	switch sp.typ {
	case 0, 'd', 'n':
		digits = text(10)
	case 'x':
		digits, prefix = text(16), "0x"
	case 'X':
		digits, prefix = strings.ToUpper(text(16)), "0X"
	case 'o':
		digits, prefix = text(8), "0o"
	case 'b':
		digits, prefix = text(2), "0b"
	default:
		return "", newValueError("Unknown format code '%c' for object of type '%s'", sp.typ, typeName(v))
	}
	if sp.comma {
		if prefix == "" {
			digits = groupDigits(digits, sp.sep, 3)
		} else if sp.sep == '_' {
			digits = groupDigits(digits, '_', 4)
		} else {
			return "", newValueError("Cannot specify ',' with '%c'.", sp.typ)
		}
	}
	if !sp.alt {
		prefix = ""
	}
	return signOf(neg, sp.sign) + prefix + digits, nil
}

func signOf(neg bool, sign byte) string {
	switch {
	case neg:
		return "-"
	case sign == '+':
		return "+"
	case sign == ' ':
		return " "
	}
	return ""
}

// groupDigits inserts sep every size digits from the right: ',' or '_'
// by threes in decimal, '_' by fours in binary, octal and hex (PEP 378,
// PEP 515).
func groupDigits(d string, sep byte, size int) string {
	var b strings.Builder
	for i, c := range d {
		if i > 0 && (len(d)-i)%size == 0 {
			b.WriteByte(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

func formatFloat(f float64, sp *formatSpec) (string, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		// inf and nan, in capitals for F, E and G; a NaN has no sign.
		s := "inf"
		if math.IsNaN(f) {
			s = "nan"
		}
		switch sp.typ {
		case 'F', 'E', 'G':
			s = strings.ToUpper(s)
		case '%':
			s += "%"
		case 0, 'f', 'e', 'g', 'n':
		default:
			return "", newValueError("Unknown format code '%c' for object of type 'float'", sp.typ)
		}
		return signOf(math.IsInf(f, -1), sp.sign) + s, nil
	}
	neg := f < 0 || (f == 0 && strconv.FormatFloat(f, 'f', -1, 64)[0] == '-')
	a := f
	if neg {
		a = -f
	}
	prec := sp.precision
	var s string
	switch sp.typ {
	case 'f', 'F':
		if prec < 0 {
			prec = 6
		}
		s = strconv.FormatFloat(a, 'f', prec, 64)
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		s = strconv.FormatFloat(a, 'e', prec, 64)
		if sp.typ == 'E' {
			s = strings.ToUpper(s)
		}
	case 'g', 'G', 'n':
		// 'n' is 'g' in the C locale a run has.
		if prec < 0 {
			prec = 6
		}
		if prec == 0 {
			prec = 1
		}
		s = strconv.FormatFloat(a, 'g', prec, 64)
	case '%':
		if prec < 0 {
			prec = 6
		}
		s = strconv.FormatFloat(a*100, 'f', prec, 64) + "%"
	case 0:
		if prec >= 0 {
			s = strconv.FormatFloat(a, 'g', max(prec, 1), 64)
		} else {
			s = floatRepr(a)
		}
	default:
		return "", newValueError("Unknown format code '%c' for object of type 'float'", sp.typ)
	}
	if neg && sp.noNegZero && !math.IsInf(f, 0) && !math.IsNaN(f) {
		// 'z': a value that rounded to zero loses its sign.
		mant, _, _ := strings.Cut(strings.ToLower(s), "e")
		if strings.Trim(mant, "0.%") == "" {
			neg = false
		}
	}
	if sp.comma {
		// Only the leading digits group: not a fraction, an exponent
		// (1e-07), inf or nan.
		k := 0
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		s = groupDigits(s[:k], sp.sep, 3) + s[k:]
	}
	return signOf(neg, sp.sign) + s, nil
}

// pad applies width, fill and alignment; numbers align right by default
// and '=' or a leading 0 pads after the sign.
func pad(body string, sp *formatSpec, numeric bool) string {
	n := utf8.RuneCountInString(body)
	if n >= sp.width {
		return body
	}
	align, fill := sp.align, sp.fill
	if sp.zero && align == 0 {
		align, fill = '=', '0'
	}
	if align == 0 {
		align = '<'
		if numeric {
			align = '>'
		}
	}
	padding := sp.width - n
	rep := func(k int) string { return strings.Repeat(string(fill), k) }
	switch align {
	case '>':
		return rep(padding) + body
	case '^':
		return rep(padding/2) + body + rep(padding-padding/2)
	case '=':
		// Padding goes after the sign and the 0x/0o/0b prefix.
		head := ""
		if body != "" && (body[0] == '-' || body[0] == '+' || body[0] == ' ') {
			head, body = body[:1], body[1:]
		}
		if len(body) > 2 && body[0] == '0' && strings.ContainsRune("xXoObB", rune(body[1])) {
			head, body = head+body[:2], body[2:]
		}
		return head + rep(padding) + body
	}
	return body + rep(padding)
}

// formatValueOp is FORMAT_VALUE for f-strings.
func (in *Interp) formatValueOp(f *Frame, a int) error {
	spec := ""
	if a>>8 != 0 {
		spec = string(f.pop().(Str))
	}
	v := f.pop()
	if pushed, err := in.formatFrame(v, rune(a&0xff), spec); pushed {
		return err
	}
	var err error
	switch rune(a & 0xff) {
	case 'r':
		var s string
		s, err = in.repr(v)
		v = Str(s)
	case 's':
		var s string
		s, err = in.str(v)
		v = Str(s)
	case 'a':
		var s string
		s, err = in.repr(v)
		v = Str(s)
	}
	if err != nil {
		return err
	}
	s, err := in.format(v, spec)
	if err != nil {
		return err
	}
	f.push(Str(s))
	return nil
}

// buildString is BUILD_STRING: concatenates n str pieces.
func (in *Interp) buildString(f *Frame, n int) error {
	var b strings.Builder
	for _, p := range f.stack[len(f.stack)-n:] {
		s, ok := p.(Str)
		if !ok {
			return newTypeError("f-string piece is not a str")
		}
		b.WriteString(string(s))
	}
	f.stack = f.stack[:len(f.stack)-n]
	f.push(Str(b.String()))
	return nil
}

// percentFormat is `fmt % args` for %s %r %d %i %f %x %X %o %e %g %c %%.
func (in *Interp) percentFormat(format string, args Value) (string, error) {
	var vals []Value
	// mapping: the argument %(key)s reads (PyUnicode_Format takes any
	// mapping but a tuple or str: a dict, or an instance with
	// __getitem__, such as a dict subclass's).
	var mapping Value
	switch x := args.(type) {
	case *Tuple:
		vals = x.items
	case *Dict:
		mapping = x
		vals = []Value{x}
	case *Instance:
		if _, ok := x.cls.lookup("__getitem__"); ok {
			mapping = x
		}
		vals = []Value{args}
	default:
		vals = []Value{args}
	}
	var b strings.Builder
	next := 0
	rs := []rune(format)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '%' {
			b.WriteRune(rs[i])
			continue
		}
		i++
		if i >= len(rs) {
			return "", newValueError("incomplete format")
		}
		var v Value
		if rs[i] == '(' && mapping != nil {
			end := i
			for end < len(rs) && rs[end] != ')' {
				end++
			}
			key := Str(string(rs[i+1 : end]))
			mv, err := in.getItem(mapping, key)
			if err != nil {
				return "", err
			}
			v = mv
			i = end + 1
		}
		start := i
		for i < len(rs) && strings.ContainsRune("-+ #0123456789.", rs[i]) {
			i++
		}
		if i >= len(rs) {
			return "", newValueError("incomplete format")
		}
		flags := string(rs[start:i])
		conv := rs[i]
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		if v == nil {
			if next >= len(vals) {
				return "", newTypeError("not enough arguments for format string")
			}
			v = vals[next]
			next++
		}
		s, err := in.percentOne(flags, conv, v)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if mapping == nil && next < len(vals) {
		return "", newTypeError("not all arguments converted during string formatting")
	}
	return b.String(), nil
}

func (in *Interp) percentOne(flags string, conv rune, v Value) (string, error) {
	sp := formatSpec{fill: ' ', precision: -1}
	f := flags
	for len(f) > 0 && strings.ContainsRune("-+ #0", rune(f[0])) {
		switch f[0] {
		case '-':
			sp.align = '<'
		case '+', ' ':
			sp.sign = f[0]
		case '#':
			sp.alt = true
		case '0':
			sp.zero = true
		}
		f = f[1:]
	}
	w, p, hasP := strings.Cut(f, ".")
	sp.width, _ = strconv.Atoi(w)
	if sp.width > maxItems || len(w) > 9 {
		return "", tooBig(int64(sp.width))
	}
	if hasP {
		sp.precision, _ = strconv.Atoi(p)
		if sp.precision > 1000 || len(p) > 4 {
			return "", newValueError("precision too big")
		}
	}
	if sp.align == '<' {
		sp.zero = false
	}
	var body string
	var err error
	numeric := true
	switch conv {
	case 's':
		var handled bool
		if body, handled = in.renderedText(conv, v); !handled {
			body, err = in.str(v)
		}
		numeric = false
	case 'r', 'a':
		var handled bool
		if body, handled = in.renderedText(conv, v); !handled {
			body, err = in.repr(v)
		}
		numeric = false
	case 'd', 'i', 'u':
		iv := v
		if fv, isF := v.(Float); isF {
			if iv, err = floatToInt(float64(fv)); err != nil {
				return "", err
			}
		}
		if _, ok := toBig(iv); !ok {
			return "", newTypeError("%%%c format: a real number is required, not %s", conv, typeName(v))
		}
		sp.typ = 'd'
		body, err = in.formatInt(iv, &sp)
	case 'x', 'X', 'o':
		if _, ok := toBig(v); !ok {
			return "", newTypeError("%%%c format: an integer is required, not %s", conv, typeName(v))
		}
		sp.typ = byte(conv)
		body, err = in.formatInt(v, &sp)
	case 'f', 'F', 'e', 'E', 'g', 'G':
		x, ok := asFloat(v)
		if !ok {
			return "", newTypeError("must be real number, not %s", typeName(v))
		}
		sp.typ = byte(conv)
		body, err = formatFloat(x, &sp)
	case 'c':
		if s, ok := v.(Str); ok {
			body = string(s)
		} else if n, ok := asInt(v); ok {
			body = string(rune(n))
		}
		numeric = false
	default:
		return "", newValueError("unsupported format character '%c' (0x%x)", conv, conv)
	}
	if err != nil {
		return "", err
	}
	if !numeric && sp.precision >= 0 && utf8.RuneCountInString(body) > sp.precision {
		body = string([]rune(body)[:sp.precision])
	}
	if sp.align == 0 {
		sp.align = '>'
	}
	if sp.zero && numeric {
		sp.align, sp.fill = '=', '0'
	}
	return pad(body, &sp, numeric), nil
}

func absInt(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// strFormat is str.format with {} {0} {name} {x.attr} {x[0]} {!r} {:spec}.
func (in *Interp) strFormat(format string, args []Value, kw []string) (string, error) {
	pos := args[:len(args)-len(kw)]
	var num fieldNumbering
	return in.formatFields(format, pos, args[len(pos):], kw, &num, 2)
}

// formatFields is str.format's build_string (Objects/stringlib/
// unicode_format.h): depth is how many levels of fields nested in a
// field's spec ("{:{w}.{p}f}") may still be expanded.
func (in *Interp) formatFields(format string, pos, kwv []Value, kw []string, num *fieldNumbering, depth int) (string, error) {
	if depth <= 0 {
		return "", newValueError("Max string recursion exceeded")
	}
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == '}' {
			if i+1 >= len(format) || format[i+1] != '}' {
				return "", newValueError("Single '}' encountered in format string")
			}
			i++
			b.WriteByte('}')
			continue
		}
		if c != '{' {
			b.WriteByte(c)
			continue
		}
		if i+1 < len(format) && format[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		if i+1 >= len(format) {
			return "", newValueError("Single '{' encountered in format string")
		}
		end, err := fieldEnd(format, i)
		if err != nil {
			return "", err
		}
		field := format[i+1 : i+end]
		i += end
		s, err := in.formatField(field, pos, kwv, kw, num, depth)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// fieldEnd is where the field opened at format[i] closes, relative to i
// (Objects/stringlib/unicode_format.h, MarkupIterator_next): the name
// ends at ':' or '!' (after the conversion character), brackets in it
// hide braces, and the spec may hold fields of its own, brace for brace.
func fieldEnd(format string, i int) (int, error) {
	inName, bracket, open := true, false, 1
	for j := i + 1; j < len(format); j++ {
		c := format[j]
		switch {
		case inName && bracket:
			bracket = c != ']'
		case inName && c == '[':
			bracket = true
		case inName && c == '{':
			return 0, newValueError("unexpected '{' in field name")
		case inName && (c == ':' || c == '!'):
			inName = false
			if c == '!' {
				j++ // the conversion character, whatever it is
			}
		case c == '{':
			open++
		case c == '}':
			if open--; open == 0 {
				return j - i, nil
			}
		}
	}
	if inName {
		return 0, newValueError("expected '}' before end of string")
	}
	return 0, newValueError("unmatched '{' in format spec")
}

// splitField cuts a field into its name, conversion and spec at the first
// '!' or ':' outside brackets.
func splitField(field string) (name, conv, spec string, err error) {
	bracket := false
	for k := 0; k < len(field); k++ {
		c := field[k]
		switch {
		case bracket:
			bracket = c != ']'
		case c == '[':
			bracket = true
		case c == ':':
			return field[:k], "", field[k+1:], nil
		case c == '!':
			rest := field[k+1:]
			if rest == "" {
				return "", "", "", newValueError("end of string while looking for conversion specifier")
			}
			conv, rest = rest[:1], rest[1:]
			if rest != "" && rest[0] != ':' {
				return "", "", "", newValueError("expected ':' after conversion specifier")
			}
			if conv != "r" && conv != "s" && conv != "a" {
				return "", "", "", newValueError("Unknown conversion specifier %s", conv)
			}
			return field[:k], conv, strings.TrimPrefix(rest, ":"), nil
		}
	}
	return field, "", "", nil
}

// fieldNumbering is str.format's auto_number (Objects/stringlib/
// unicode_format.h): one format string numbers its fields automatically
// ({}) or by hand ({0}), never both.
type fieldNumbering struct {
	next   int
	manual bool
	auto   bool
	// mapping is format_map's argument: named fields are its items and
	// positional ones an error.
	mapping Value
}

func (n *fieldNumbering) automatic() (int, error) {
	if n.manual {
		return 0, newValueError("cannot switch from manual field specification to automatic field numbering")
	}
	n.auto = true
	n.next++
	return n.next - 1, nil
}

func (n *fieldNumbering) byHand() error {
	if n.auto {
		return newValueError("cannot switch from automatic field numbering to manual field specification")
	}
	n.manual = true
	return nil
}

func (in *Interp) formatField(field string, pos, kwv []Value, kw []string, num *fieldNumbering, depth int) (string, error) {
	field, conv, spec, err := splitField(field)
	if err != nil {
		return "", err
	}
	name := field
	rest := ""
	if k := strings.IndexAny(field, ".["); k >= 0 {
		name, rest = field[:k], field[k:]
	}
	var v Value
	if num.mapping != nil {
		if _, err := strconv.Atoi(name); name == "" || err == nil {
			return "", newValueError("Format string contains positional fields")
		}
		var err error
		if v, err = in.getItem(num.mapping, Str(name)); err != nil {
			return "", err
		}
	} else if name == "" {
		i, err := num.automatic()
		if err != nil {
			return "", err
		}
		if i >= len(pos) {
			return "", raisef(indexErrorClass, "Replacement index %d out of range for positional args tuple", i)
		}
		v = pos[i]
	} else if n, err := strconv.Atoi(name); err == nil {
		if err := num.byHand(); err != nil {
			return "", err
		}
		if n >= len(pos) {
			return "", raisef(indexErrorClass, "Replacement index %d out of range for positional args tuple", n)
		}
		v = pos[n]
	} else {
		for j, k := range kw {
			if k == name {
				v = kwv[j]
			}
		}
		if v == nil {
			return "", &PyError{newExc(keyErrorClass, Str(name))}
		}
	}
	for rest != "" {
		var err error
		if rest[0] == '.' {
			end := strings.IndexAny(rest[1:], ".[")
			if end < 0 {
				end = len(rest) - 1
			}
			v, err = in.getAttr(v, rest[1:end+1])
			rest = rest[end+1:]
		} else {
			end := strings.IndexByte(rest, ']')
			if end < 0 {
				return "", newValueError("Missing ']' in format string")
			}
			key := rest[1:end]
			var k Value = Str(key)
			if n, e := strconv.Atoi(key); e == nil {
				k = mkInt(int64(n))
			}
			v, err = in.getItem(v, k)
			rest = rest[end+1:]
		}
		if err != nil {
			return "", err
		}
	}
	if strings.IndexByte(spec, '{') >= 0 {
		// The spec's own fields, numbered after this field's value.
		var err error
		if spec, err = in.formatFields(spec, pos, kwv, kw, num, depth-1); err != nil {
			return "", err
		}
	}
	if c := formatConv(conv, spec, v); c != 0 {
		if s, handled := in.renderedText(c, v); handled {
			return in.format(Str(s), spec)
		}
	}
	switch conv {
	case "r", "a":
		s, err := in.repr(v)
		if err != nil {
			return "", err
		}
		v = Str(s)
	case "s":
		s, err := in.str(v)
		if err != nil {
			return "", err
		}
		v = Str(s)
	}
	return in.format(v, spec)
}
