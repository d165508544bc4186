// This file offers "Did you mean" for a name that is not defined, as the
// traceback of CPython 3.10+ does: the closest of the names the failing
// frame could see, by a Levenshtein distance where a change of case costs
// half a move (Python/suggestions.c in 3.10 and 3.11, searching the code's
// local names, then its globals, then the builtins, each on its own;
// Lib/traceback.py _compute_suggestion_error from 3.12, over the three at
// once, with self.name for a method's attribute). 3.12 adds "Did you forget
// to import" for the name of a standard-library module. The hint is worked
// out when the NameError is raised, from the frame as it is then, and shown
// after the message on the traceback's last line only (str(e) is as ever).

package pyvm

import (
	"sort"
	"strings"
)

const (
	suggestMaxItems = 750
	suggestMaxLen   = 40
	suggestMove     = 2
	suggestCase     = 1
)

// nameHint is the name a NameError for name raised in frame f suggests,
// and the module it suggests importing ("" for none).
func (in *Interp) nameHint(f *Frame, name string) (suggestion, forgot string) {
	minor := in.cfg.Version.Minor
	if minor < 10 || f == nil {
		return "", ""
	}
	if minor < 12 {
		// The local names the code has, bound or not, then the globals,
		// then the builtins: the first list with a match decides.
		var locals []string
		if f.fn != nil {
			locals = f.code.Locals
		}
		for _, names := range [][]string{locals, dictKeys(f.globals), dictKeys(in.builtinsOf(f))} {
			if suggestion = closestName(names, name, false); suggestion != "" {
				break
			}
		}
	} else {
		var all []string
		if f.fn != nil {
			for i, n := range f.code.Locals {
				if i < len(f.locals) && f.locals[i] != nil {
					all = append(all, n)
				}
			}
			if i := nameIndex(f.code.Locals, "self"); i >= 0 && i < len(f.locals) && f.locals[i] != nil {
				if in.hasPlainAttr(f.locals[i], name) {
					suggestion = "self." + name
				}
			}
		} else if f.ns != nil {
			all = dictKeys(f.ns)
		}
		if suggestion == "" {
			all = append(append(all, dictKeys(f.globals)...), dictKeys(in.builtinsOf(f))...)
			suggestion = closestName(all, name, minor == 12)
		}
	}
	if minor >= 12 && containsWord(stdlibModuleNames[min(minor, 13)], name) {
		forgot = name
	}
	return suggestion, forgot
}

// selfIs reports whether o is the self of the running method (3.13's
// attribute hint then keeps the names that start with an underscore).
func (in *Interp) selfIs(o Value) bool {
	if len(in.t.frames) == 0 {
		return false
	}
	f := in.t.frames[len(in.t.frames)-1]
	if i := nameIndex(f.code.Locals, "self"); f.fn != nil && i >= 0 && i < len(f.locals) {
		return f.locals[i] == o
	}
	return false
}

// attrHint is the name an AttributeError suggests: the closest of dir(obj)
// (3.13: without the names that start with an underscore, unless the
// missing one does or obj is the method's self), worked out when the
// traceback is shown.
func (in *Interp) attrHint(e *excState) string {
	if e.attrObj == nil {
		return ""
	}
	if x, ok := e.attrObj.(*Instance); ok {
		if d, ok := x.cls.lookup("__dir__"); ok {
			if _, builtin := d.(*Builtin); !builtin {
				return "" // a __dir__ of the program's: not run for a hint
			}
		}
	}
	r, err := builtinDir(in, []Value{e.attrObj}, nil)
	l, ok := r.(*List)
	if err != nil || !ok {
		return ""
	}
	minor := in.cfg.Version.Minor
	hide := minor >= 13 && !strings.HasPrefix(e.attrName, "_") && !e.attrSelf
	names := make([]string, 0, len(l.items))
	for _, v := range l.items {
		if s, ok := v.(Str); ok && !(hide && strings.HasPrefix(string(s), "_")) {
			names = append(names, string(s))
		}
	}
	return closestName(names, e.attrName, minor == 12)
}

// importHint is the name a failed from-import suggests (3.12+): the
// closest of dir(module), 3.13 leaving out names with an underscore unless
// the missing one has one.
func (in *Interp) importHint(m *Module, name string) string {
	names := dictKeys(m.dict)
	kept := names[:0]
	for _, n := range names {
		if !m.lacks(n) && !(in.cfg.Version.Minor >= 13 && !strings.HasPrefix(name, "_") && strings.HasPrefix(n, "_")) {
			kept = append(kept, n)
		}
	}
	sort.Strings(kept)
	return closestName(kept, name, in.cfg.Version.Minor == 12)
}

// hintText is what follows the message on the traceback's last line. The
// traceback module (print_exc, format_exc) offers hints from 3.12 only, and
// its 3.12 words for the import hint lack the question mark.
func (in *Interp) hintText(e *excState, byModule bool) string {
	if byModule && in.cfg.Version.Minor < 12 {
		return "" // 3.10's and 3.11's traceback module offers nothing
	}
	var b strings.Builder
	hint := e.hint
	if e.attrObj != nil {
		hint = in.attrHint(e)
	}
	if hint != "" {
		b.WriteString(". Did you mean: '" + hint + "'?")
	}
	if e.forgot != "" {
		if hint != "" {
			b.WriteString(" Or did you forget to import '" + e.forgot + "'")
		} else {
			b.WriteString(". Did you forget to import '" + e.forgot + "'")
		}
		if !byModule || in.cfg.Version.Minor != 12 {
			b.WriteString("?")
		}
	}
	return b.String()
}

// builtinsOf is the builtins dict a frame sees.
func (in *Interp) builtinsOf(f *Frame) *Dict {
	if b, ok := f.globals.getStr("__builtins__"); ok {
		switch x := b.(type) {
		case *Module:
			return x.dict
		case *Dict:
			return x
		}
	}
	return in.builtins.dict
}

func dictKeys(d *Dict) []string {
	if d == nil {
		return nil
	}
	keys := make([]string, 0, d.t.live)
	for _, e := range d.t.entries {
		if k, ok := e.key.(Str); ok && e.live() {
			keys = append(keys, string(k))
		}
	}
	return keys
}

func nameIndex(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// hasPlainAttr reports whether o has attribute name in its dict or class,
// without running any code (traceback.py asks hasattr(self, name)).
func (in *Interp) hasPlainAttr(o Value, name string) bool {
	x, ok := o.(*Instance)
	if !ok {
		return false
	}
	if _, ok := x.dict.getStr(name); ok {
		return true
	}
	_, ok = x.cls.lookup(name)
	return ok
}

// closestName is calculate_suggestions (C: 3.10, 3.11 and, as
// _suggestions, 3.13; the distance limit starts unbounded, over UTF-8
// bytes) or the loop of 3.12's _compute_suggestion_error (in Python: it
// starts at the name's length, over characters): the first candidate at
// the smallest distance, none past a third of the characters changed.
func closestName(candidates []string, name string, pyLoop bool) string {
	if len(candidates) >= suggestMaxItems && !pyLoop || len(candidates) > suggestMaxItems && pyLoop {
		return ""
	}
	a := []rune(name)
	if !pyLoop {
		a = bytesAsRunes(name)
	}
	if len(a) > suggestMaxLen {
		return ""
	}
	best, bestDist := "", 1<<62
	if pyLoop {
		bestDist = len(a)
	}
	for _, c := range candidates {
		if c == name {
			continue
		}
		b := []rune(c)
		if !pyLoop {
			b = bytesAsRunes(c)
		}
		maxDist := min((len(a)+len(b)+3)*suggestMove/6, bestDist-1)
		d := levenshtein(a, b, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// bytesAsRunes is a name's UTF-8 bytes, as 3.10's C compares them.
func bytesAsRunes(s string) []rune {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return r
}

// levenshtein is levenshtein_distance: common prefix and suffix trimmed,
// one row updated in place, max+1 as soon as a row exceeds max.
func levenshtein(a, b []rune, max int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMove
	}
	if len(a) > suggestMaxLen || len(b) > suggestMaxLen {
		return max + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMove > max {
		return max + 1
	}
	row := make([]int, len(a))
	for i := range row {
		row[i] = (i + 1) * suggestMove
	}
	result := 0
	for bi, code := range b {
		distance := bi * suggestMove
		result = distance
		minimum := 1 << 62
		for i, ac := range a {
			substitute := distance + substitutionCost(code, ac)
			distance = row[i]
			result = min(min(result, distance)+suggestMove, substitute)
			row[i] = result
			minimum = min(minimum, result)
		}
		if minimum > max {
			return max + 1
		}
	}
	return result
}

// substitutionCost is nothing for the same character, a CASE_COST for the
// same letter in the other case, a MOVE_COST otherwise.
func substitutionCost(a, b rune) int {
	if a&31 != b&31 {
		return suggestMove
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCase
	}
	return suggestMove
}

// removedStdlib are standard-library modules of 3.8-3.11 that 3.12's
// sys.stdlib_module_names no longer lists.
const removedStdlib = "asynchat asyncore binhex distutils dummy_threading formatter imp macpath parser smtpd symbol _bootlocale"

// cpythonHasModule reports whether the standard library of CPython 3.minor
// has the top-level module of name.
func cpythonHasModule(name string, minor int) bool {
	top, _, _ := strings.Cut(name, ".")
	if minor >= 12 {
		return containsWord(stdlibModuleNames[min(minor, 13)], top)
	}
	return containsWord(stdlibModuleNames[12], top) || containsWord(removedStdlib, top)
}
