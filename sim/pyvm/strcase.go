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
