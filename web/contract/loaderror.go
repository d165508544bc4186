// Where a scenario went wrong: the simulator's errors carry file:line:col
// (pyast.Error, pyvm.CompileError, scenario.Error); the player shows the
// message at that line of its editor.

package contract

import (
	"errors"

	"zombielab/sim/pyast"
	"zombielab/sim/pyvm"
	"zombielab/sim/scenario"
)

// LoadError is what the player reports for a scenario that cannot run;
// ErrorMessage carries it to the host.
type LoadError struct {
	Message string `json:"message"`
	Line    int    `json:"line"` // 1-based; 0 when the error has no position
	Col     int    `json:"col"`  // 1-based; 0 when the error has no position
}

// PositionOf finds the source position an error carries.
func PositionOf(err error) LoadError {
	le := LoadError{Message: err.Error()}
	var pe *pyast.Error
	var ce *pyvm.CompileError
	var se *scenario.Error
	var sl scenario.ErrorList
	switch {
	case errors.As(err, &pe):
		le.Line, le.Col = pe.Pos.Line, pe.Pos.Col
	case errors.As(err, &ce):
		le.Line, le.Col = ce.Pos.Line, ce.Pos.Col
	case errors.As(err, &se):
		le.Line, le.Col = se.Line, se.Col
	case errors.As(err, &sl) && len(sl) > 0:
		le.Line, le.Col = sl[0].Line, sl[0].Col
	}
	return le
}
