// This file is the matcher of sim/pylib's re module: what CPython runs in C
// (Modules/_sre/sre.c and sre_lib.h, 3.8-3.13), so that, as there, matching
// has no line events, no recursion limit and native speed. re.py parses a
// pattern into tuples; _zombielab.sre_compile turns them into a program for
// a backtracking machine with an explicit stack (its depth grows with the
// string, not Go's), run by the builtin it returns:
//
//	prog(mode, string, pos, endpos, limit) -> result
//
// mode 0 match, 1 fullmatch, 2 search, 3 every successive match (finditer,
// findall, sub, split; limit > 0 stops after that many). A match is
// (marks, lastindex): marks[0] the span of the whole match, marks[i] group
// i's span or None.
//
// The order in which alternatives and repeat counts are tried is sre's, so
// the match found is sre's. A repeat of a body that is not one character
// follows MAX_UNTIL/MIN_UNTIL: another iteration is tried only if the last
// one did not begin where this one would (sre's zero-width protection),
// and an empty iteration ends the repeat but counts. Each step of the
// machine is work the step cap counts (work.go), so a pattern that
// backtracks catastrophically is cut as CPython would not be.

package pyvm

import (
	"fmt"
	"unicode"
)

// The flags of re.py that change how a node matches.
const (
	sreI = 2   // IGNORECASE
	sreM = 8   // MULTILINE
	sreS = 16  // DOTALL
	sreA = 256 // ASCII
)

type sreOp uint8

const (
	sreChar    sreOp = iota // rune a
	sreCharI                // rune a, already lowered
	sreAny                  // any but \n
	sreAnyAll               // any
	sreClass                // class a (d D w W s S), ascii b
	sreSet                  // set a
	sreBol                  // ^; b: MULTILINE
	sreEol                  // $; b: MULTILINE
	sreBegin                // \A
	sreEnd                  // \Z
	sreWordB                // \b; b: ASCII
	sreNWordB               // \B; b: ASCII
	sreSplit                // go on at x, else at y
	sreJmp                  // go on at x
	sreSave                 // mark slot a
	sreBackref              // group a; b: IGNORECASE
	sreLook                 // lookaround: sub-program a, kind b, width c
	sreRepInit              // repeat register a: count 0, last -1
	sreUntil                // repeat register a, lo b, hi c, body x, exit y; greedy (MAX_UNTIL) unless lazy
	sreOne                  // single-character repeat: node a (a set index), lo b, hi c, lazy
	sreMatch
)

// sreInstr is one instruction.
type sreInstr struct {
	op      sreOp
	lazy    bool
	a, b, c int
	x, y    int
}

// sreSetItem is an item of [...]: a range lo-hi or a class (\d, \w...).
type sreSetItem struct {
	lo, hi rune
	class  byte // 0 for a range
}

// sreCharSet is a [...] set, or the single-character node a repeat of one
// character runs (sreOne): a literal, any, a class, a set.
type sreCharSet struct {
	kind   sreOp // sreChar, sreCharI, sreAny, sreAnyAll, sreClass or sreSet
	r      rune
	class  byte
	ascii  bool
	icase  bool
	negate bool
	items  []sreSetItem
}

type sreProg struct {
	code    []sreInstr
	subs    [][]sreInstr // lookaround bodies, each ending in sreMatch
	sets    []sreCharSet
	nregs   int
	ngroups int
}

// sreCompiler builds a program from re.py's tree.
type sreCompiler struct {
	p *sreProg
}

func sreCompileFn(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("sre_compile", args, kw, 3, 3); err != nil {
		return nil, err
	}
	flags, _ := asInt(args[1])
	ngroups, _ := asInt(args[2])
	p := &sreProg{ngroups: int(ngroups)}
	c := &sreCompiler{p: p}
	code, err := c.alts(nil, args[0], int(flags))
	if err != nil {
		return nil, err
	}
	p.code = append(code, sreInstr{op: sreMatch})
	return &Builtin{name: "sre_match", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		return p.run(in, args, kw)
	}}, nil
}

func sreBad(what string, v Value) error {
	return newValueError("sre_compile: bad %s %s", what, fmt.Sprint(v))
}

// items is the elements of a list or tuple.
func sreItems(v Value) ([]Value, bool) {
	switch x := v.(type) {
	case *List:
		return x.items, true
	case *Tuple:
		return x.items, true
	}
	return nil, false
}

func sreRune(v Value) (rune, bool) {
	s, ok := v.(Str)
	if !ok {
		return 0, false
	}
	rs := []rune(string(s))
	if len(rs) != 1 {
		return 0, false
	}
	return rs[0], true
}

// alts compiles a list of alternatives (each a list of nodes), appending
// to code.
func (c *sreCompiler) alts(code []sreInstr, v Value, flags int) ([]sreInstr, error) {
	alts, ok := sreItems(v)
	if !ok {
		return nil, sreBad("alternatives", v)
	}
	if len(alts) == 1 {
		return c.seq(code, alts[0], flags)
	}
	// split L1, next; L1: alt0; jmp end; next: split L2, next2; ...
	var jumps []int
	for i, alt := range alts {
		split := -1
		if i < len(alts)-1 {
			split = len(code)
			code = append(code, sreInstr{op: sreSplit, x: len(code) + 1})
		}
		var err error
		if code, err = c.seq(code, alt, flags); err != nil {
			return nil, err
		}
		if split >= 0 {
			jumps = append(jumps, len(code))
			code = append(code, sreInstr{op: sreJmp})
			code[split].y = len(code)
		}
	}
	for _, j := range jumps {
		code[j].x = len(code)
	}
	return code, nil
}

func (c *sreCompiler) seq(code []sreInstr, v Value, flags int) ([]sreInstr, error) {
	nodes, ok := sreItems(v)
	if !ok {
		return nil, sreBad("sequence", v)
	}
	for _, n := range nodes {
		var err error
		if code, err = c.node(code, n, flags); err != nil {
			return nil, err
		}
	}
	return code, nil
}

// single is the character set of a one-character node, or ok false.
// sreNodeLen is how many items each kind of node has.
var sreNodeLen = map[Str]int{"lit": 2, "any": 1, "class": 2, "set": 3, "group": 3, "flags": 3, "bol": 1, "eol": 1,
	"A": 1, "Z": 1, "wordb": 1, "nwordb": 1, "backref": 2, "ahead": 2, "nahead": 2, "behind": 3, "nbehind": 3,
	"atomic": 2, "rep": 5}

func (c *sreCompiler) single(node []Value, flags int) (sreCharSet, bool, error) {
	kind, _ := node[0].(Str)
	if n, known := sreNodeLen[kind]; !known || len(node) != n {
		return sreCharSet{}, false, sreBad("node", newTuple(node))
	}
	ascii, icase := flags&sreA != 0, flags&sreI != 0
	switch kind {
	case "lit":
		r, ok := sreRune(node[1])
		if !ok {
			return sreCharSet{}, false, sreBad("literal", node[1])
		}
		if icase {
			return sreCharSet{kind: sreCharI, r: sreLower(r, ascii), ascii: ascii}, true, nil
		}
		return sreCharSet{kind: sreChar, r: r}, true, nil
	case "any":
		if flags&sreS != 0 {
			return sreCharSet{kind: sreAnyAll}, true, nil
		}
		return sreCharSet{kind: sreAny}, true, nil
	case "class":
		s, _ := node[1].(Str)
		if len(s) != 1 {
			return sreCharSet{}, false, sreBad("class", node[1])
		}
		return sreCharSet{kind: sreClass, class: s[0], ascii: ascii}, true, nil
	case "set":
		set := sreCharSet{kind: sreSet, negate: truth(node[1]), ascii: ascii, icase: icase}
		items, _ := sreItems(node[2])
		for _, it := range items {
			parts, _ := sreItems(it)
			if len(parts) < 2 {
				return sreCharSet{}, false, sreBad("set item", it)
			}
			switch k, _ := parts[0].(Str); k {
			case "class":
				s, _ := parts[1].(Str)
				if len(s) != 1 {
					return sreCharSet{}, false, sreBad("class", parts[1])
				}
				set.items = append(set.items, sreSetItem{class: s[0]})
			case "range":
				if len(parts) != 3 {
					return sreCharSet{}, false, sreBad("range", it)
				}
				lo, ok1 := sreRune(parts[1])
				hi, ok2 := sreRune(parts[2])
				if !ok1 || !ok2 {
					return sreCharSet{}, false, sreBad("range", it)
				}
				if icase && lo == hi {
					lo = sreLower(lo, ascii)
					hi = lo
				}
				set.items = append(set.items, sreSetItem{lo: lo, hi: hi})
			default:
				return sreCharSet{}, false, sreBad("set item", it)
			}
		}
		return set, true, nil
	}
	return sreCharSet{}, false, nil
}

func (c *sreCompiler) node(code []sreInstr, v Value, flags int) ([]sreInstr, error) {
	node, ok := sreItems(v)
	if !ok || len(node) == 0 {
		return nil, sreBad("node", v)
	}
	if set, ok, err := c.single(node, flags); err != nil {
		return nil, err
	} else if ok {
		return append(code, c.setInstr(set)), nil
	}
	kind, _ := node[0].(Str)
	multi := 0
	if flags&sreM != 0 {
		multi = 1
	}
	ascii := 0
	if flags&sreA != 0 {
		ascii = 1
	}
	switch kind {
	case "group":
		index, isInt := asInt(node[1])
		if !isInt {
			return c.alts(code, node[2], flags)
		}
		code = append(code, sreInstr{op: sreSave, a: 2 * int(index)})
		code, err := c.alts(code, node[2], flags)
		if err != nil {
			return nil, err
		}
		return append(code, sreInstr{op: sreSave, a: 2*int(index) + 1}), nil
	case "flags":
		f, _ := asInt(node[1])
		return c.alts(code, node[2], int(f))
	case "bol":
		return append(code, sreInstr{op: sreBol, b: multi}), nil
	case "eol":
		return append(code, sreInstr{op: sreEol, b: multi}), nil
	case "A":
		return append(code, sreInstr{op: sreBegin}), nil
	case "Z":
		return append(code, sreInstr{op: sreEnd}), nil
	case "wordb":
		return append(code, sreInstr{op: sreWordB, b: ascii}), nil
	case "nwordb":
		return append(code, sreInstr{op: sreNWordB, b: ascii}), nil
	case "backref":
		n, _ := asInt(node[1])
		icase := 0
		if flags&sreI != 0 {
			icase = 1
		}
		return append(code, sreInstr{op: sreBackref, a: int(n), b: icase}), nil
	case "ahead", "nahead", "behind", "nbehind", "atomic":
		sub, err := c.alts(nil, node[1], flags)
		if err != nil {
			return nil, err
		}
		sub = append(sub, sreInstr{op: sreMatch})
		c.p.subs = append(c.p.subs, sub)
		width := int64(0)
		if len(node) > 2 {
			width, _ = asInt(node[2])
		}
		k := map[Str]int{"ahead": 0, "nahead": 1, "behind": 2, "nbehind": 3, "atomic": 4}[kind]
		return append(code, sreInstr{op: sreLook, a: len(c.p.subs) - 1, b: k, c: int(width)}), nil
	case "rep":
		lo, _ := asInt(node[2])
		hi, _ := asInt(node[3])
		lazy := !truth(node[4])
		body, ok := sreItems(node[1])
		if !ok || len(body) == 0 {
			return nil, sreBad("repeat", node[1])
		}
		if set, ok, err := c.single(body, flags); err != nil {
			return nil, err
		} else if ok {
			c.p.sets = append(c.p.sets, set)
			return append(code, sreInstr{op: sreOne, a: len(c.p.sets) - 1, b: int(lo), c: int(hi), lazy: lazy}), nil
		}
		// repinit r; until: UNTIL r lo hi body exit; body: ...; jmp until; exit:
		r := c.p.nregs
		c.p.nregs++
		code = append(code, sreInstr{op: sreRepInit, a: r})
		until := len(code)
		code = append(code, sreInstr{op: sreUntil, a: r, b: int(lo), c: int(hi), lazy: lazy, x: until + 1})
		code, err := c.node(code, node[1], flags)
		if err != nil {
			return nil, err
		}
		code = append(code, sreInstr{op: sreJmp, x: until})
		code[until].y = len(code)
		return code, nil
	}
	return nil, sreBad("node", v)
}

// setInstr is the instruction that matches one character of set.
func (c *sreCompiler) setInstr(set sreCharSet) sreInstr {
	switch set.kind {
	case sreChar, sreCharI:
		a := 0
		if set.ascii {
			a = 1
		}
		return sreInstr{op: set.kind, a: int(set.r), b: a}
	case sreAny, sreAnyAll:
		return sreInstr{op: set.kind}
	}
	c.p.sets = append(c.p.sets, set)
	return sreInstr{op: sreSet, a: len(c.p.sets) - 1}
}

// sreLower is sre's lower(): the simple lowercase of one character
// (sre_lower_unicode), or of an ASCII letter only under re.ASCII.
func sreLower(r rune, ascii bool) rune {
	if ascii {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

func sreUpper(r rune, ascii bool) rune {
	if ascii || r < 0x80 {
		if r >= 'a' && r <= 'z' {
			return r - ('a' - 'A')
		}
		return r
	}
	return unicode.ToUpper(r)
}

// sreIsClass reports whether r is in \d, \w or \s (lower case code) or
// their complements (upper case): sre's categories, Unicode unless ascii.
func sreIsClass(r rune, code byte, ascii bool) bool {
	var ok bool
	switch code | 0x20 {
	case 'd':
		if ascii || r < 0x80 {
			ok = r >= '0' && r <= '9'
		} else {
			ok = inRanges(decimalRanges, r)
		}
	case 'w':
		if r < 0x80 {
			ok = r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		} else if !ascii {
			ok = inRanges(alphaRanges, r) || inRanges(decimalRanges, r) || inRanges(digitRanges, r) || inRanges(numericRanges, r)
		}
	default: // 's'
		if ascii || r < 0x80 {
			ok = r == ' ' || r >= '\t' && r <= '\r'
			if !ascii && r >= 0x1c && r <= 0x1f {
				ok = true
			}
		} else {
			ok = inRanges(spaceRanges, r)
		}
	}
	return ok == (code >= 'a')
}

// has reports whether set matches r.
func (s *sreCharSet) has(r rune) bool {
	switch s.kind {
	case sreChar:
		return r == s.r
	case sreCharI:
		return sreLower(r, s.ascii) == s.r
	case sreAny:
		return r != '\n'
	case sreAnyAll:
		return true
	case sreClass:
		return sreIsClass(r, s.class, s.ascii)
	}
	c := r
	if s.icase {
		c = sreLower(r, s.ascii)
	}
	found := false
	for _, it := range s.items {
		if it.class != 0 {
			if sreIsClass(c, it.class, s.ascii) {
				found = true
				break
			}
			continue
		}
		if it.lo <= c && c <= it.hi {
			found = true
			break
		}
		if s.icase {
			if u := sreUpper(c, s.ascii); it.lo <= u && u <= it.hi {
				found = true
				break
			}
		}
	}
	return found != s.negate
}

// sreBack is an entry of the machine's stack: a place to resume at
// (kind branch, one more or one fewer repeat of a character, another
// lazy iteration) or a value to restore on the way back.
type sreBack struct {
	kind     uint8
	pc, pos  int
	slot     int // restore: what (marks index; regs after marks)
	old      int
	cnt, end int // sreOne: the count tried, the start position
}

const (
	backBranch = iota
	backRestore
	backOneGreedy
	backOneLazy
	backMinIter
)

// sreRun is one match attempt's state.
type sreRun struct {
	p      *sreProg
	s      []rune
	n      int   // endpos
	marks  []int // 2 per group, -1 unset
	regs   []int // 2 per repeat: count, last position
	last   int   // lastindex
	stack  []sreBack
	in     *Interp
	steps  int
	target int // sreMatch in a lookbehind: must end here (-1: anywhere)
}

// workPerUnit is how many machine steps cost one unit of work.
const sreStepsPerUnit = 4

func (m *sreRun) set(slot int, v int) {
	var old int
	if slot < len(m.marks) {
		old = m.marks[slot]
		m.marks[slot] = v
	} else if slot < len(m.marks)+len(m.regs) {
		old = m.regs[slot-len(m.marks)]
		m.regs[slot-len(m.marks)] = v
	} else {
		old = m.last
		m.last = v
	}
	m.stack = append(m.stack, sreBack{kind: backRestore, slot: slot, old: old})
}

func (m *sreRun) restore(b *sreBack) {
	if b.slot < len(m.marks) {
		m.marks[b.slot] = b.old
	} else if b.slot < len(m.marks)+len(m.regs) {
		m.regs[b.slot-len(m.marks)] = b.old
	} else {
		m.last = b.old
	}
}

func (m *sreRun) isWord(i int, ascii bool) bool {
	return i >= 0 && i < m.n && sreIsClass(m.s[i], 'w', ascii)
}

// exec runs code from pc at pos until sreMatch succeeds (its end
// position, true) or every way back is exhausted. mustEnd and mustAdvance
// (from start) restrict where sreMatch may succeed. The stack below base
// belongs to the caller.
func (m *sreRun) exec(code []sreInstr, pc, pos, start int, mustEnd, mustAdvance bool) (int, bool, error) {
	base := len(m.stack)
	for {
		if m.steps++; m.steps >= sreStepsPerUnit {
			m.steps = 0
			if err := m.in.spend(1); err != nil {
				return 0, false, err
			}
		}
		ins := &code[pc]
		ok := true
		switch ins.op {
		case sreChar:
			ok = pos < m.n && m.s[pos] == rune(ins.a)
			pos++
			pc++
		case sreCharI:
			ok = pos < m.n && sreLower(m.s[pos], ins.b != 0) == rune(ins.a)
			pos++
			pc++
		case sreAny:
			ok = pos < m.n && m.s[pos] != '\n'
			pos++
			pc++
		case sreAnyAll:
			ok = pos < m.n
			pos++
			pc++
		case sreSet:
			ok = pos < m.n && m.p.sets[ins.a].has(m.s[pos])
			pos++
			pc++
		case sreBol:
			ok = pos == 0 || ins.b != 0 && m.s[pos-1] == '\n'
			pc++
		case sreEol:
			ok = pos == m.n || pos == m.n-1 && m.s[pos] == '\n' || ins.b != 0 && pos < m.n && m.s[pos] == '\n'
			pc++
		case sreBegin:
			ok = pos == 0
			pc++
		case sreEnd:
			ok = pos == m.n
			pc++
		case sreWordB, sreNWordB:
			// Neither matches in an empty string (SRE_AT_BOUNDARY).
			a := ins.b != 0
			ok = m.n > 0 && (m.isWord(pos-1, a) != m.isWord(pos, a)) == (ins.op == sreWordB)
			pc++
		case sreSplit:
			m.stack = append(m.stack, sreBack{kind: backBranch, pc: ins.y, pos: pos})
			pc = ins.x
		case sreJmp:
			pc = ins.x
		case sreSave:
			m.set(ins.a, pos)
			if ins.a&1 == 1 {
				m.set(len(m.marks)+len(m.regs), ins.a/2)
			}
			pc++
		case sreBackref:
			ok = false
			if s, e := m.marks[2*ins.a], m.marks[2*ins.a+1]; s >= 0 && e >= 0 {
				l := e - s
				if pos+l <= m.n {
					ok = true
					for i := 0; i < l; i++ {
						a, b := m.s[s+i], m.s[pos+i]
						if a != b && (ins.b == 0 || sreLower(a, false) != sreLower(b, false)) {
							ok = false
							break
						}
					}
					pos += l
				}
			}
			pc++
		case sreLook:
			var err error
			ok, pos, err = m.look(ins, pos)
			if err != nil {
				return 0, false, err
			}
			pc++
		case sreRepInit:
			r := len(m.marks) + 2*ins.a
			m.set(r, 0)
			m.set(r+1, -1)
			pc++
		case sreUntil:
			r := len(m.marks) + 2*ins.a
			n := m.regs[2*ins.a]
			switch {
			case n < ins.b:
				m.set(r, n+1)
				pc = ins.x
			case ins.lazy:
				// MIN_UNTIL: the tail first; another iteration when
				// it fails (backMinIter).
				m.stack = append(m.stack, sreBack{kind: backMinIter, pc: pc, pos: pos, cnt: n})
				pc = ins.y
			case (n < ins.c || ins.c == sreRepeatMax) && pos != m.regs[2*ins.a+1]:
				// MAX_UNTIL: another iteration first, the tail if it
				// fails.
				m.stack = append(m.stack, sreBack{kind: backBranch, pc: ins.y, pos: pos})
				m.set(r, n+1)
				m.set(r+1, pos)
				pc = ins.x
			default:
				pc = ins.y
			}
		case sreOne:
			set := &m.p.sets[ins.a]
			if ins.lazy {
				cnt := 0
				for cnt < ins.b && pos+cnt < m.n && set.has(m.s[pos+cnt]) {
					cnt++
				}
				if cnt < ins.b {
					ok = false
					break
				}
				m.stack = append(m.stack, sreBack{kind: backOneLazy, pc: pc, end: pos, cnt: cnt})
				pos += cnt
				pc++
				break
			}
			cnt := 0
			limit := m.n - pos
			if ins.c != sreRepeatMax && ins.c < limit {
				limit = ins.c
			}
			for cnt < limit && set.has(m.s[pos+cnt]) {
				cnt++
				if cnt&63 == 0 {
					if err := m.in.spend(1); err != nil {
						return 0, false, err
					}
				}
			}
			if cnt < ins.b {
				ok = false
				break
			}
			if cnt > ins.b {
				m.stack = append(m.stack, sreBack{kind: backOneGreedy, pc: pc + 1, end: pos, cnt: cnt})
			}
			pos += cnt
			pc++
		case sreMatch:
			ok = (!mustEnd || pos == m.n) && (!mustAdvance || pos != start) && (m.target < 0 || pos == m.target)
			if ok {
				return pos, true, nil
			}
		}
		if ok {
			continue
		}
		// Back to the last place with another way.
		for {
			if len(m.stack) == base {
				return 0, false, nil
			}
			b := m.stack[len(m.stack)-1]
			m.stack = m.stack[:len(m.stack)-1]
			switch b.kind {
			case backRestore:
				m.restore(&b)
				continue
			case backBranch:
				pc, pos = b.pc, b.pos
			case backOneGreedy:
				// One character fewer.
				b.cnt--
				ins := &code[b.pc-1]
				if b.cnt > ins.b {
					m.stack = append(m.stack, b)
				}
				pc, pos = b.pc, b.end+b.cnt
			case backOneLazy:
				ins := &code[b.pc]
				p := b.end + b.cnt
				if (ins.c != sreRepeatMax && b.cnt >= ins.c) || p >= m.n || !m.p.sets[ins.a].has(m.s[p]) {
					continue
				}
				b.cnt++
				m.stack = append(m.stack, b)
				pc, pos = b.pc+1, p+1
			case backMinIter:
				ins := &code[b.pc]
				r := len(m.marks) + 2*ins.a
				if (ins.c != sreRepeatMax && b.cnt >= ins.c) || b.pos == m.regs[2*ins.a+1] {
					continue
				}
				m.set(r, b.cnt+1)
				m.set(r+1, b.pos)
				pc, pos = ins.x, b.pos
			}
			break
		}
	}
}

// sreRepeatMax is re.py's _REPEAT_MAX: no upper bound.
const sreRepeatMax = 4294967295

// look runs a lookaround, or an atomic group (3.11: (?>...) and the
// possessive repeats), at pos, and gives the position after it. One that
// succeeds keeps the groups it set, as sre does; a failed or negative one
// leaves them as they were. Neither is backtracked into.
func (m *sreRun) look(ins *sreInstr, pos int) (bool, int, error) {
	sub := m.p.subs[ins.a]
	behind := ins.b == 2 || ins.b == 3
	at, target := pos, -1
	if behind {
		at, target = pos-ins.c, pos
		if at < 0 {
			return ins.b == 3, pos, nil
		}
	}
	saved := append([]int(nil), m.marks...)
	savedLast := m.last
	base := len(m.stack)
	oldTarget := m.target
	m.target = target
	end, found, err := m.exec(sub, 0, at, at, false, false)
	m.target = oldTarget
	if err != nil {
		return false, pos, err
	}
	// Drop its ways back.
	m.stack = m.stack[:base]
	positive := ins.b != 1 && ins.b != 3
	if found && positive {
		// Keep its groups, undoable by the caller's backtracking.
		for i, v := range saved {
			if m.marks[i] != v {
				now := m.marks[i]
				m.marks[i] = v
				m.set(i, now)
			}
		}
		if m.last != savedLast {
			now := m.last
			m.last = savedLast
			m.set(len(m.marks)+len(m.regs), now)
		}
		if ins.b == 4 {
			return true, end, nil
		}
		return true, pos, nil
	}
	copy(m.marks, saved)
	m.last = savedLast
	return found == positive, pos, nil
}

// run is the builtin sre_compile returns.
func (p *sreProg) run(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("sre_match", args, kw, 5, 5); err != nil {
		return nil, err
	}
	mode, _ := asInt(args[0])
	str, ok := args[1].(Str)
	if !ok {
		return nil, newTypeError("expected string")
	}
	pos, _ := asInt(args[2])
	endpos, _ := asInt(args[3])
	limit, _ := asInt(args[4])
	rs := in.strRunes(string(str))
	if int(endpos) > len(rs) {
		endpos = int64(len(rs))
	}
	if err := in.spendCopy(len(rs)); err != nil {
		return nil, err
	}
	m := &sreRun{p: p, s: rs, n: int(endpos), in: in, target: -1,
		marks: make([]int, 2*(p.ngroups+1)), regs: make([]int, 2*p.nregs)}
	switch mode {
	case 0, 1:
		r, err := m.at(int(pos), mode == 1, false)
		if r == nil || err != nil {
			return noneOr(r), err
		}
		return r, nil
	case 2:
		r, err := m.search(int(pos), false)
		if r == nil || err != nil {
			return noneOr(r), err
		}
		return r, nil
	}
	// Successive matches; after an empty one the next must advance
	// (sre's must_advance, 3.7).
	var found []Value
	mustAdvance := false
	for at := int(pos); at <= m.n && (limit <= 0 || int64(len(found)) < limit); {
		r, err := m.search(at, mustAdvance)
		if err != nil {
			return nil, err
		}
		if r == nil {
			break
		}
		found = append(found, r)
		s, e := m.marks[0], m.marks[1]
		mustAdvance = s == e
		at = e
	}
	return newList(found), nil
}

func noneOr(v *Tuple) Value {
	if v == nil {
		return None
	}
	return v
}

func (m *sreRun) search(pos int, mustAdvance bool) (*Tuple, error) {
	for start := pos; start <= m.n; start++ {
		r, err := m.at(start, false, mustAdvance && start == pos)
		if r != nil || err != nil {
			return r, err
		}
	}
	return nil, nil
}

// at tries a match that starts at pos.
func (m *sreRun) at(pos int, mustEnd, mustAdvance bool) (*Tuple, error) {
	for i := range m.marks {
		m.marks[i] = -1
	}
	m.last = -1
	m.stack = m.stack[:0]
	end, ok, err := m.exec(m.p.code, 0, pos, pos, mustEnd, mustAdvance)
	if err != nil || !ok {
		return nil, err
	}
	m.marks[0], m.marks[1] = pos, end
	marks := make([]Value, m.p.ngroups+1)
	for g := range marks {
		s, e := m.marks[2*g], m.marks[2*g+1]
		if s < 0 || e < 0 {
			marks[g] = None
		} else {
			marks[g] = newTuple([]Value{mkInt(int64(s)), mkInt(int64(e))})
		}
	}
	last := Value(None)
	if m.last > 0 {
		last = mkInt(int64(m.last))
	}
	return newTuple([]Value{newList(marks), last}), nil
}
