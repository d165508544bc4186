// Positions in a Markdown source, for errors that name file:line:col.

package page

import (
	"fmt"
	"unicode/utf8"
)

// Error is one problem in a Markdown file, at a 1-based line and column
// (the column counts characters, not bytes).
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg) }

// position converts a byte offset of src into a line and a column.
func position(src []byte, off int) (line, col int) {
	if off > len(src) {
		off = len(src)
	}
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if src[i] == '\n' {
			line, start = line+1, i+1
		}
	}
	return line, utf8.RuneCount(src[start:off]) + 1
}
