// This file implements the error type shared by the tokenizer, the parser and
// the validator: one message at one source position.

package pyast

import "fmt"

// Error is a syntax error or an unsupported construct at a source position.
type Error struct {
	File string
	Pos  Pos
	Msg  string
}

// Error renders the error as file:line:col: msg, the form editors jump to.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Pos.Line, e.Pos.Col, e.Msg)
}

// String renders a position as line:col.
func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// notSupported is the one message shape for constructs the simulator rejects,
// shared by the parser (async, match, type statements) and the validator.
func notSupported(construct string) string {
	return construct + " is not supported by the simulator (supported: " + Supported + ")"
}
