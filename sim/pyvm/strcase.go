// This file implements str.upper, lower, title, capitalize, swapcase and
// casefold as CPython does (Objects/unicodeobject.c, do_upper, do_lower,
// do_title, do_capitalize, do_swapcase, do_casefold and handle_capital_sigma,
// 3.8–3.13): full case mappings (ß upper is SS, ﬁ is FI), title() by whether
// the previous character is cased (so "x1y2 a_b" titles to "X1Y2 A_B"), and
// capital sigma lowered to final ς at the end of a word. The Unicode facts
// are CPython 3.13's (strcase_table.go, generated).

package pyvm

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type caseRange struct{ lo, hi rune }

// caseMappings: a code point's full upper, lower, title and casefold
// mappings, for every code point that has one (read from caseMappingData).
var caseMappings = func() map[rune][4]string {
	m := make(map[rune][4]string, 3000)
	for line := range strings.SplitSeq(caseMappingData, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			continue
		}
		cp, err := strconv.ParseInt(f[0], 16, 32)
		if err != nil {
			panic("pyvm: bad caseMappingData line " + line)
		}
		m[rune(cp)] = [4]string{f[1], f[2], f[3], f[4]}
	}
	return m
}()

func inRanges(rs []caseRange, r rune) bool {
	i := sort.Search(len(rs), func(i int) bool { return rs[i].hi >= r })
	return i < len(rs) && rs[i].lo <= r
}

// Which mapping of caseMappings.
const (
	caseUpper = iota
	caseLower
	caseTitle
	caseFold
)

// mapRune appends r's full mapping of kind to b.
func mapRune(b *strings.Builder, r rune, kind int) {
	if m, ok := caseMappings[r]; ok {
		b.WriteString(m[kind])
		return
	}
	b.WriteRune(r)
}

// lowerAt appends the lowercase of rs[i]: a capital sigma is final (ς)
// when a cased letter comes before it and none after it, skipping
// case-ignorable characters both ways (handle_capital_sigma).
func lowerAt(b *strings.Builder, rs []rune, i int) {
	if rs[i] != 'Σ' {
		mapRune(b, rs[i], caseLower)
		return
	}
	j := i - 1
	for j >= 0 && inRanges(caseIgnorable, rs[j]) {
		j--
	}
	final := j >= 0 && inRanges(casedRanges, rs[j])
	if final {
		k := i + 1
		for k < len(rs) && inRanges(caseIgnorable, rs[k]) {
			k++
		}
		final = k == len(rs) || !inRanges(casedRanges, rs[k])
	}
	if final {
		b.WriteRune('ς')
	} else {
		b.WriteRune('σ')
	}
}

// mapAll maps every character of s by kind.
func mapAll(s string, kind int) string {
	var b strings.Builder
	for _, r := range s {
		mapRune(&b, r, kind)
	}
	return b.String()
}

func strUpper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	return mapAll(s, caseUpper)
}

func strLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	for i := range rs {
		lowerAt(&b, rs, i)
	}
	return b.String()
}

func strCasefold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return mapAll(s, caseFold)
}

// strTitle: a character after a cased one is lowered, any other titled.
func strTitle(s string) string {
	rs := []rune(s)
	var b strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			lowerAt(&b, rs, i)
		} else {
			mapRune(&b, r, caseTitle)
		}
		prevCased = inRanges(casedRanges, r)
	}
	return b.String()
}

// strCapitalize: the first character titled (from 3.8), the rest lowered.
func strCapitalize(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if i == 0 {
			mapRune(&b, r, caseTitle)
		} else {
			lowerAt(&b, rs, i)
		}
	}
	return b.String()
}

// strSwapcase: uppercase characters lowered, lowercase ones uppered, the
// rest (titlecase ones such as ǅ among them) kept.
func strSwapcase(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case inRanges(upperRanges, r):
			lowerAt(&b, rs, i)
		case inRanges(lowerRanges, r):
			mapRune(&b, r, caseUpper)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isTitlecase is the Lt category (ǅ, ᾈ ...): CPython's Py_UNICODE_ISTITLE.
func isTitlecase(r rune) bool { return unicode.Is(unicode.Lt, r) }

// strIsUpper: no lowercase or titlecase character and at least one
// uppercase one (unicode_isupper_impl); strIsLower the other way round.
func strIsUpper(s string) bool {
	cased := false
	for _, r := range s {
		if inRanges(lowerRanges, r) || isTitlecase(r) {
			return false
		}
		cased = cased || inRanges(upperRanges, r)
	}
	return cased
}

func strIsLower(s string) bool {
	cased := false
	for _, r := range s {
		if inRanges(upperRanges, r) || isTitlecase(r) {
			return false
		}
		cased = cased || inRanges(lowerRanges, r)
	}
	return cased
}

// strIsTitle: uppercase and titlecase characters only after uncased ones,
// lowercase ones only after cased ones, and at least one cased
// (unicode_istitle_impl).
func strIsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case inRanges(upperRanges, r) || isTitlecase(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case inRanges(lowerRanges, r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// strIsIdentifier: XID_Start or _ first, XID_Continue after
// (unicode_isidentifier_impl, without keywords).
func strIsIdentifier(s string) bool {
	for i, r := range s {
		if i == 0 && !inRanges(idStartRanges, r) || i > 0 && !inRanges(idContinueRanges, r) {
			return false
		}
	}
	return s != ""
}

// strAll: every character in rs, and at least one (isalpha, isdigit ...).
func strAll(s string, rs []caseRange) bool {
	for _, r := range s {
		if !inRanges(rs, r) {
			return false
		}
	}
	return s != ""
}

// initStrTranslate gives str maketrans (a static method) and translate
// (Objects/unicodeobject.c, unicode_maketrans_impl and
// _PyUnicode_TranslateCharmap, 3.8–3.13).
func initStrTranslate(c *Class) {
	c.dict.setStr("maketrans", &StaticMethod{fn: &Builtin{name: "maketrans", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("maketrans", args, kw, 1, 3); err != nil {
			return nil, err
		}
		table := newDict()
		if len(args) == 1 {
			d, ok := args[0].(*Dict)
			if !ok {
				return nil, newTypeError("if you give only one argument to maketrans it must be a dict")
			}
			for _, e := range d.t.entries {
				if !e.live() {
					continue
				}
				k := e.key
				if s, isStr := k.(Str); isStr {
					rs := []rune(string(s))
					if len(rs) != 1 {
						return nil, newValueError("string keys in translate table must be of length 1")
					}
					k = mkInt(int64(rs[0]))
				} else if _, isInt := k.(Int); !isInt {
					return nil, newTypeError("keys in translate table must be strings or integers")
				}
				if err := table.t.put(k, e.val); err != nil {
					return nil, err
				}
			}
			return table, nil
		}
		x, err := argStr(args[0], "maketrans")
		if err != nil {
			return nil, newTypeError("maketrans() argument 1 must be str, not %s", typeName(args[0]))
		}
		y, err := argStr(args[1], "maketrans")
		if err != nil {
			return nil, newTypeError("maketrans() argument 2 must be str, not %s", typeName(args[1]))
		}
		xs, ys := []rune(x), []rune(y)
		if len(xs) != len(ys) {
			return nil, newValueError("the first two maketrans arguments must have equal length")
		}
		for i := range xs {
			table.t.put(mkInt(int64(xs[i])), mkInt(int64(ys[i])))
		}
		if len(args) == 3 {
			z, err := argStr(args[2], "maketrans")
			if err != nil {
				return nil, newTypeError("maketrans() argument 3 must be str, not %s", typeName(args[2]))
			}
			for _, r := range z {
				table.t.put(mkInt(int64(r)), None)
			}
		}
		return table, nil
	}}})
	method(c, "translate", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		var b strings.Builder
		for _, r := range string(self.(Str)) {
			v, err := in.getItem(args[0], mkInt(int64(r)))
			if err != nil {
				if isLookupError(err) {
					b.WriteRune(r) // not in the table: unchanged
					continue
				}
				return nil, err
			}
			switch t := v.(type) {
			case NoneType:
			case Str:
				b.WriteString(string(t))
			case Int:
				if t < 0 || t > 0x10ffff {
					return nil, newValueError("character mapping must be in range(0x110000)")
				}
				b.WriteRune(rune(t))
			default:
				return nil, newTypeError("character mapping must return integer, None or str")
			}
		}
		return Str(b.String()), nil
	})
}

// isLookupError reports a raised LookupError (KeyError, IndexError ...).
func isLookupError(err error) bool {
	pe, ok := err.(*PyError)
	return ok && isSubclass(pe.Exc.cls, lookupErrorClass)
}
