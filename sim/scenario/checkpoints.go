// "# checkpoint: LABEL" comments: the label syntax and the statement each
// one applies to (docs/CHECKPOINTS.md, "Marking a checkpoint in a scenario").

package scenario

import (
	"strings"
)

// checkpoint records one checkpoint comment at line:col with its label.
func (p *parser) checkpoint(line, col int, label string, lines []string) {
	labelCol := col + strings.Index(lines[line-1][col-1:], label)
	if !validLabel(label) {
		p.errorf(line, labelCol, "checkpoint label %q: use letters, digits, - and _ only", label)
		return
	}
	stmt, stmtCol := nextStatement(lines, line)
	if stmt == 0 {
		p.errorf(line, col, "checkpoint %q has no statement after it: put it on the line before one", label)
		return
	}
	if why := unfitStatement(firstWord(strings.TrimSpace(lines[stmt-1]))); why != "" {
		p.errorf(line, col, "checkpoint %q is before %s (line %d:%d): put it before a simple one-line statement", label, why, stmt, stmtCol)
		return
	}
	p.sc.Checkpoints = append(p.sc.Checkpoints, Checkpoint{Label: label, Line: stmt, Comment: line})
}

func validLabel(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
		if !ok {
			return false
		}
	}
	return true
}

// nextStatement returns the 1-based line and column of the first
// non-blank, non-comment line after line after, or 0 when there is none.
func nextStatement(lines []string, after int) (int, int) {
	for i := after; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t != "" && !strings.HasPrefix(t, "#") {
			return i + 1, strings.Index(lines[i], t) + 1
		}
	}
	return 0, 0
}

func firstWord(stmt string) string {
	end := strings.IndexFunc(stmt, func(r rune) bool {
		return !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	})
	if end < 0 {
		return stmt
	}
	if end == 0 {
		return stmt[:1]
	}
	return stmt[:end]
}

// unfitStatement explains why a checkpoint cannot precede a statement that
// starts with word, or returns "". try, if, while and pass are excluded by
// the contract because their line events differ between CPython versions;
// clause keywords and decorators never get a line event of their own.
func unfitStatement(word string) string {
	switch word {
	case "try", "if", "while", "pass":
		return "`" + word + "`, whose line events differ between CPython versions"
	case "else", "elif", "except", "finally":
		return "`" + word + "`, a clause with no line event of its own"
	case "@":
		return "a decorator"
	}
	return ""
}

// checkUnique rejects two checkpoints on one statement or one label used by
// two comments: both would make the #N numbering ambiguous.
func (p *parser) checkUnique() {
	byLine := map[int]Checkpoint{}
	byLabel := map[string]Checkpoint{}
	for _, c := range p.sc.Checkpoints {
		if old, dup := byLine[c.Line]; dup {
			p.errorf(c.Comment, 1, "checkpoint %q applies to line %d like %q (line %d): keep one", c.Label, c.Line, old.Label, old.Comment)
		}
		if old, dup := byLabel[c.Label]; dup {
			p.errorf(c.Comment, 1, "checkpoint label %q is already used on line %d: labels must be unique", c.Label, old.Comment)
		}
		byLine[c.Line] = c
		byLabel[c.Label] = c
	}
}
