// Errors for users: file:line:col, what is wrong and what to do.

package scenario

import (
	"fmt"
	"strings"
)

// Error is one problem in a scenario's comments.
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

func newError(file string, line, col int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg) }

// ErrorList is every problem found in one file, in line order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}
