// This file draws the source of a traceback entry as CPython 3.11+ does:
// the line, and under it carets marking the range of the instruction that
// was running (carets_loc.go), `~` and `^` telling a binary operator, a
// subscript's brackets or (3.13) a call's arguments from their operands.
//
// Two generations are modelled. 3.11 and 3.12 print the first line of the
// range only, with one caret line, drawn unless it would cover the whole
// line (Python/traceback.c, display_source_line_with_margin and
// extract_anchors_from_expr, for an uncaught exception; Lib/traceback.py
// format_frame_summary and _extract_caret_anchors_from_line_segment, for
// the traceback module: they differ in one place, anchors311). 3.13 prints every
// line of the range, the first, the last and those around the operator,
// with `...<N lines>...` for a longer gap, and leaves the carets out of an
// entry whose range is the whole of `x = f(...)` or `return f(...)`
// (Lib/traceback.py 3.13: StackSummary.format_frame_summary,
// _should_show_carets, _extract_caret_anchors_from_line_segment). Both
// find the operator by parsing the range's text again, as CPython does.

package pyvm

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"zombielab/sim/pyast"
)

// tbSource is what a traceback prints under an entry's "File" line: the
// stripped source line before 3.11, with carets from 3.11. "" when the
// source is unknown. byModule: printed by the traceback module, whose
// Python finds a binary operator a little differently from the C code
// printing an uncaught exception in 3.11 and 3.12 (anchors311).
func (in *Interp) tbSource(e *tbEntry, byModule bool) string {
	src := e.code.sourceLine(e.line)
	if src == "" || strings.HasPrefix(e.code.File, "<") {
		// linecache finds no source for "<string>" (python -c) or
		// "<stdin>": CPython prints no line there.
		return ""
	}
	plain := "    " + src + "\n"
	v := in.cfg.Version
	if !v.AtLeast(3, 11) || e.ip < 0 || int(e.ip) >= len(e.code.Locs) {
		return plain
	}
	loc := e.code.Locs[e.ip]
	if loc.line != int32(e.line) || loc.endLine < loc.line || int(loc.endLine) > len(e.code.srcLines) {
		return plain
	}
	if v.AtLeast(3, 13) {
		return e.code.carets313(loc)
	}
	return plain + e.code.carets311(loc, !byModule)
}

// rawLine is source line n (1-based) as linecache gives it: without its
// line ending.
func (c *Code) rawLine(n int) string {
	return strings.TrimRight(c.srcLines[n-1], "\r\n")
}

// anchors are the places in a range where the secondary caret character
// starts and ends (the operator, or the brackets and what is inside):
// lines are counted from the range's first, columns in runes.
type anchors struct {
	leftLine, left, rightLine, right int
}

// carets311 is 3.11's and 3.12's caret line for an instruction range that
// starts on the entry's line, or "" when none is drawn.
func (c *Code) carets311(loc srcLoc, cCode bool) string {
	line := []rune(c.rawLine(int(loc.line)))
	start := clampInt(int(loc.col)-1, 0, len(line))
	end := len(line)
	var a *anchors
	if loc.endLine == loc.line {
		end = clampInt(int(loc.endCol)-1, start, len(line))
		a = anchors311(string(line[start:end]), cCode)
	} else {
		// A range over several lines is marked to the end of its first.
		end = len([]rune(strings.TrimRightFunc(string(line), unicode.IsSpace)))
		end = max(end, start)
	}
	indent := len(line) - len([]rune(strings.TrimLeftFunc(string(line), unicode.IsSpace)))
	stripped := len([]rune(strings.TrimSpace(string(line))))
	if !(end-start < stripped || a != nil && a.right > a.left) {
		return ""
	}
	dpStart, dpEnd := widthAt(line, start), widthAt(line, end)
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", max(dpStart-indent, 0)))
	if a != nil {
		seg := line[start:end]
		l, r := widthAt(seg, a.left), widthAt(seg, a.right)
		b.WriteString(strings.Repeat("~", l))
		b.WriteString(strings.Repeat("^", r-l))
		b.WriteString(strings.Repeat("~", max(dpEnd-dpStart-r, 0)))
	} else {
		b.WriteString(strings.Repeat("^", dpEnd-dpStart))
	}
	b.WriteString("\n")
	return b.String()
}

// anchors311 finds, in the one-line text of a range, a binary operator or
// a subscript's brackets, as 3.11 and 3.12 do: nil for anything else.
// cCode: as Python/traceback.c's extract_anchors_from_expr does, which
// skips closing parentheses after the left operand before it looks for a
// second operator character (`(a)  //  b`: both slashes); else as
// traceback.py does, which looks first (one slash).
func anchors311(segment string, cCode bool) *anchors {
	m, err := pyast.Parse("<segment>", []byte(segment))
	if err != nil || len(m.Body) != 1 {
		return nil
	}
	st, ok := m.Body[0].(*pyast.ExprStmt)
	if !ok {
		return nil
	}
	seg := []rune(segment)
	switch x := st.X.(type) {
	case *pyast.BinOp:
		from := clampInt(x.Left.EndPosition().Col-1, 0, len(seg))
		to := clampInt(x.Right.Position().Col-1, from, len(seg))
		if cCode {
			a := &anchors{}
			for i := from; i < to; i++ {
				if cSpace(seg[i]) {
					continue
				}
				a.left, a.right = i, i+1
				if i+1 < to && !cSpace(seg[i+1]) {
					a.right++
				}
				if i+1 < to && seg[i] == ')' {
					continue
				}
				break
			}
			return a
		}
		op := seg[from:to]
		off := 0
		for off < len(op) && unicode.IsSpace(op[off]) {
			off++
		}
		left := from + off
		right := left + 1
		if off+1 < len(op) && !unicode.IsSpace(op[off+1]) {
			right++
		}
		for left < len(seg) && (unicode.IsSpace(seg[left]) || seg[left] == ')' || seg[left] == '#') {
			left++
			right++
		}
		return &anchors{left: min(left, len(seg)), right: min(right, len(seg))}
	case *pyast.Subscript:
		left := clampInt(x.X.EndPosition().Col-1, 0, len(seg))
		right := max(x.Index.EndPosition().Col, 0)
		for left < len(seg) && seg[left] != '[' {
			left++
		}
		for right < len(seg) && seg[right] != ']' {
			right++
		}
		if right < len(seg) {
			right++
		}
		return &anchors{left: left, right: min(right, len(seg))}
	}
	return nil
}

// carets313 is 3.13's source block for an instruction range: its lines,
// dedented, each with its caret line when carets are drawn.
func (c *Code) carets313(loc srcLoc) string {
	n := int(loc.endLine - loc.line + 1)
	orig := make([]string, n)
	for i := range orig {
		orig[i] = strings.TrimRightFunc(c.rawLine(int(loc.line)+i), unicode.IsSpace)
	}
	lines := dedent(orig)
	cut := len([]rune(orig[0])) - len([]rune(lines[0]))
	start := max(clampInt(int(loc.col)-1, 0, len([]rune(orig[0])))-cut, 0)
	end := max(clampInt(int(loc.endCol)-1, 0, len([]rune(orig[n-1])))-cut, 0)
	first, last := []rune(lines[0]), []rune(lines[n-1])
	start, end = min(start, len(first)), min(end, len(last))
	dpStart, dpEnd := widthAt(first, start), widthAt(last, end)

	// The range's own text, from its first character to its last.
	joined := []rune(strings.Join(lines, "\n"))
	segment := string(joined[start : len(joined)-(len(last)-end)])
	a := anchors313(segment)
	show := showCarets313(start, end, lines, a)

	significant := map[int]bool{0: true, n - 1: true}
	var aLeft, aRight int
	if a != nil {
		aLeft, aRight = a.left, a.right
		if a.leftLine == 0 {
			aLeft += start
		}
		if a.rightLine == 0 {
			aRight += start
		}
		aLeft = widthAt([]rune(lines[a.leftLine]), aLeft)
		aRight = widthAt([]rune(lines[a.rightLine]), aRight)
		for d := -1; d <= 1; d++ {
			significant[a.leftLine+d] = true
			significant[a.rightLine+d] = true
		}
	}
	var out []string
	emit := func(i int) {
		out = append(out, lines[i])
		if !show {
			return
		}
		spaces := len([]rune(lines[i])) - len([]rune(strings.TrimLeftFunc(lines[i], unicode.IsSpace)))
		rs := []rune(lines[i])
		width := widthAt(rs, len(rs))
		if i == n-1 {
			width = dpEnd
		}
		cs := make([]byte, width)
		for col := range cs {
			inside := a != nil &&
				(i > a.leftLine || i == a.leftLine && col >= aLeft) &&
				(i < a.rightLine || i == a.rightLine && col < aRight)
			switch {
			case col < spaces || i == 0 && col < dpStart:
				cs[col] = ' '
			case inside:
				cs[col] = '^'
			case a != nil:
				cs[col] = '~'
			default:
				cs[col] = '^'
			}
		}
		out = append(out, string(cs))
	}
	prev := -1
	for i := 0; i < n; i++ {
		if !significant[i] {
			continue
		}
		if prev >= 0 {
			switch gap := i - prev; {
			case gap == 2:
				emit(i - 1)
			case gap > 2:
				out = append(out, "...<"+strconv.Itoa(gap-1)+" lines>...")
			}
		}
		emit(i)
		prev = i
	}
	var b strings.Builder
	for _, l := range dedent(out) {
		b.WriteString("    " + l + "\n")
	}
	return b.String()
}

// anchors313 finds, in the text of a range (one or more lines), a binary
// operator, or the brackets of a subscript or a call, as 3.13 does: nil
// for anything else, or when the text is not an expression.
func anchors313(segment string) *anchors {
	m, err := pyast.Parse("<segment>", []byte("(\n"+segment+"\n)"))
	if err != nil || len(m.Body) != 1 {
		return nil
	}
	st, ok := m.Body[0].(*pyast.ExprStmt)
	if !ok {
		return nil
	}
	lines := make([][]rune, 0, 4)
	for _, l := range strings.Split(segment, "\n") {
		lines = append(lines, []rune(l))
	}
	// valid moves a place past the end of a line to the start of the next
	// line that has a character; ok is false past the last.
	valid := func(line, col int) (int, int, bool) {
		for line < len(lines) && col >= len(lines[line]) {
			line, col = line+1, 0
		}
		return line, col, line < len(lines)
	}
	// endOf is where node ends, in the segment's lines.
	endOf := func(n pyast.Node, force bool) (int, int, bool) {
		e := n.EndPosition()
		line, col := e.Line-2, e.Col-1
		if line < 0 || line >= len(lines) {
			return 0, 0, false
		}
		if !force {
			return line, col, true
		}
		return valid(line, col)
	}
	// until moves on to the first character stop accepts, skipping the
	// rest of a line at a backslash or a comment.
	until := func(line, col int, stop func(rune) bool) (int, int, bool) {
		ok := true
		for {
			ch := lines[line][col]
			switch {
			case ch == '\\' || ch == '#':
				line, col, ok = valid(line+1, 0)
			case !stop(ch):
				line, col, ok = valid(line, col+1)
			default:
				return line, col, true
			}
			if !ok {
				return 0, 0, false
			}
		}
	}
	bracket := func(open rune, inner pyast.Node) *anchors {
		l, c, ok := endOf(inner, true)
		if ok {
			l, c, ok = until(l, c, func(r rune) bool { return r == open })
		}
		if !ok {
			return nil
		}
		rl, rc, _ := endOf(st.X, false)
		return &anchors{leftLine: l, left: c, rightLine: rl, right: rc}
	}
	switch x := st.X.(type) {
	case *pyast.BinOp:
		l, c, ok := endOf(x.Left, true)
		if ok {
			l, c, ok = until(l, c, func(r rune) bool { return !unicode.IsSpace(r) && r != ')' })
		}
		if !ok {
			return nil
		}
		right := c + 1
		rp := x.Right.Position()
		if right < len(lines[l]) && (rp.Line-2 > l || right < rp.Col-1) {
			if ch := lines[l][right]; !unicode.IsSpace(ch) && ch != '\\' && ch != '#' {
				right++
			}
		}
		return &anchors{leftLine: l, left: c, rightLine: l, right: right}
	case *pyast.Subscript:
		return bracket('[', x.X)
	case *pyast.Call:
		return bracket('(', x.Func)
	}
	return nil
}

// showCarets313 is 3.13's rule for drawing carets: not under the whole of
// `x = f(...)` or `return f(...)`; always when an operator or brackets
// were found; else only when the range leaves part of its lines out.
func showCarets313(start, end int, lines []string, a *anchors) bool {
	if m, err := pyast.Parse("<lines>", []byte(strings.Join(lines, "\n"))); err == nil && len(m.Body) > 0 {
		var value *pyast.Call
		switch s := m.Body[0].(type) {
		case *pyast.Return:
			if call, ok := s.Value.(*pyast.Call); ok {
				if _, ok := call.Func.(*pyast.Name); ok {
					value = call
				}
			}
		case *pyast.Assign:
			if call, ok := s.Value.(*pyast.Call); ok && len(s.Targets) == 1 {
				if _, ok := s.Targets[0].(*pyast.Name); ok {
					value = call
				}
			}
		}
		if value != nil {
			// CPython compares the node's UTF-8 offsets with the range's
			// character offsets.
			p, e := value.Position(), value.EndPosition()
			if p.Line == 1 && e.Line == len(lines) &&
				byteCol(lines[0], p.Col) == start && byteCol(lines[len(lines)-1], e.Col) == end {
				return false
			}
		}
	}
	if a != nil {
		return true
	}
	first, last := []rune(lines[0]), []rune(lines[len(lines)-1])
	return strings.TrimSpace(string(first[:start])) != "" || strings.TrimSpace(string(last[end:])) != ""
}

// byteCol is the 0-based UTF-8 offset of 1-based rune column col in line.
func byteCol(line string, col int) int {
	off := 0
	for i := 1; i < col && off < len(line); i++ {
		_, n := utf8.DecodeRuneInString(line[off:])
		off += n
	}
	return off + max(col-1-utf8.RuneCountInString(line), 0)
}

// dedent removes the whitespace every non-blank line starts with, and
// empties blank lines, as textwrap.dedent does.
func dedent(lines []string) []string {
	margin, set := "", false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		ws := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		switch {
		case !set:
			margin, set = ws, true
		case strings.HasPrefix(ws, margin):
		case strings.HasPrefix(margin, ws):
			margin = ws
		default:
			i := 0
			for i < len(ws) && i < len(margin) && ws[i] == margin[i] {
				i++
			}
			margin = margin[:i]
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			out[i] = strings.TrimPrefix(l, margin)
		}
	}
	return out
}

// widthAt is how many terminal columns the first off characters of rs
// take, counting East Asian wide and fullwidth characters
// (unicodedata.east_asian_width W and F) as two, as traceback.py's
// _display_width does: off itself when rs is all ASCII.
func widthAt(rs []rune, off int) int {
	ascii := true
	for _, r := range rs {
		if r >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return off
	}
	n := 0
	for _, r := range rs[:clampInt(off, 0, len(rs))] {
		n++
		if r >= 0x1100 && wideRune(r) {
			n++
		}
	}
	return n
}

// wideRune reports whether r is in eastAsianWide.
func wideRune(r rune) bool {
	lo, hi := 0, len(eastAsianWide)/2
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < eastAsianWide[2*m]:
			hi = m
		case r > eastAsianWide[2*m+1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// cSpace is traceback.c's IS_WHITESPACE.
func cSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\f' }

func clampInt(x, lo, hi int) int {
	return max(lo, min(x, hi))
}
