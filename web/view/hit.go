// Input: the actions a click can ask the player for, and the hit
// rectangles that carry them. Some hits are ranges (the scrubber, the
// timeline): the click's x picks the step or time.

package view

import (
	"fmt"
	"strconv"

	"zombielab/sim/kernel"
)

// ActionKind names what the player should do.
type ActionKind uint8

// The actions.
const (
	ActNone     ActionKind = iota
	ActFirst               // go to step 0
	ActBack                // previous step (over or into, per the UI)
	ActPlay                // toggle play/pause
	ActForward             // next step
	ActLast                // last known step (extends a finished run)
	ActInto                // toggle step into library code
	ActSeekTime            // go to the first step at or after Action.Time
	ActFocus               // focus Action.PID (code panel follows it)
	numActions
)

var actionNames = [numActions]string{
	"none", "first", "back", "play", "forward", "last", "into", "seek-time", "focus",
}

func (k ActionKind) String() string {
	if k < numActions {
		return actionNames[k]
	}
	return "ActionKind(" + strconv.Itoa(int(k)) + ")"
}

// Action is a request to the player.
type Action struct {
	Kind ActionKind
	Time kernel.Duration // ActSeekTime
	PID  kernel.PID      // ActFocus
}

func (a Action) String() string {
	switch a.Kind {
	case ActSeekTime:
		return fmt.Sprintf("seek-time %v", a.Time)
	case ActFocus:
		return fmt.Sprintf("focus %d", a.PID)
	}
	return a.Kind.String()
}

// Hit is a clickable rectangle. A range hit (Range true) maps x linearly
// from Rect's left edge to its right onto [Lo, Hi]: time in nanoseconds for
// ActSeekTime (the timeline).
type Hit struct {
	Rect   Rect
	Action Action
	Range  bool
	Lo, Hi int64
}

func (h Hit) String() string {
	s := "hit " + h.Rect.String() + " " + h.Action.Kind.String()
	if h.Range {
		return s + fmt.Sprintf(" range=%d..%d", h.Lo, h.Hi)
	}
	return "hit " + h.Rect.String() + " " + h.Action.String()
}

// resolve turns a click at x into the hit's action.
func (h Hit) resolve(x float32) Action {
	a := h.Action
	if !h.Range {
		return a
	}
	f := float64(x-h.Rect.X) / float64(h.Rect.W)
	f = min(max(f, 0), 1)
	v := h.Lo + int64(f*float64(h.Hi-h.Lo)+0.5)
	switch a.Kind {
	case ActSeekTime:
		a.Time = kernel.Duration(v)
	}
	return a
}

// HitTest returns the action under (x, y): the last hit containing it.
func (d *DisplayList) HitTest(x, y float32) (Action, bool) {
	for k := len(d.Hits) - 1; k >= 0; k-- {
		if h := d.Hits[k]; h.Rect.Contains(x, y) {
			return h.resolve(x), true
		}
	}
	return Action{}, false
}

// ParseAction is the action a name (ActionKind.String) names, for the
// page's buttons (contract.Buttons).
func ParseAction(name string) (ActionKind, bool) {
	for k, n := range actionNames {
		if n == name && k != int(ActNone) {
			return ActionKind(k), true
		}
	}
	return ActNone, false
}
