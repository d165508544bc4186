// The messages the player sends: ready, step and error go to the host page
// (web/player/EMBEDDING.md, "Out"); source and url stay inside player.html,
// whose script fills the editor and the address bar with them. Each is a
// struct whose JSON is the message, built by its one constructor, which
// sets its type.

package contract

import (
	"fmt"

	"zombielab/sim/cpython"
	"zombielab/sim/lang"
	"zombielab/sim/playback"
)

// Message is any of the messages the player sends; its JSON is the
// message.
type Message interface {
	// MessageType is the value of its "type" field.
	MessageType() string
}

// The out messages' types, the value of their "type" field.
const (
	TypeReady    = "ready"
	TypeStep     = "step"
	TypeError    = "error"
	TypeSource   = "source"
	TypeURL      = "url"
	TypeControls = "controls"
)

// ReadyMessage is {type:"ready", steps, final}: a scenario loaded.
type ReadyMessage struct {
	Type  string `json:"type"`
	Steps int    `json:"steps"` // the steps known so far
	Final bool   `json:"final"` // whether the run has ended (Steps is then all of them)
}

// NewReady says that a scenario loaded with steps steps so far.
func NewReady(steps int, final bool) ReadyMessage {
	return ReadyMessage{Type: TypeReady, Steps: steps, Final: final}
}

func (ReadyMessage) MessageType() string { return TypeReady }

// StepMessage is {type:"step", …}: the shown step changed.
type StepMessage struct {
	Type  string `json:"type"`
	Step  int    `json:"step"`  // 0-based
	Steps int    `json:"steps"` // known so far
	Final bool   `json:"final"` // whether Steps is all of them
	Time  string `json:"time"`  // the logical time, "1.002000s"
	PS    string `json:"ps"`    // the process table as ps prints it
	Told
	Caption
	*Raised // absent when no process has died of an exception
}

// Told is a step told in words, in one language: the player's
// screen-reader mirror (web/view.Mirror).
type Told struct {
	Lang      lang.Lang `json:"lang"`
	StepText  string    `json:"stepText"`  // view.StepLabel and the time: "step 12 of 0–1095, t=1.002000s"
	Narration string    `json:"narration"` // in Lang
	Zombies   string    `json:"zombies"`   // "zombies: 1002", "" when none
	Vars      string    `json:"vars"`      // the variables panel as text (view.MirrorText.Vars)
}

// Caption is where the canvas leaves room for the HTML caption that shows
// Chinese narration (the canvas font has no CJK glyphs), in logical pixels
// of the whole canvas.
type Caption struct {
	Canvas [2]float32 `json:"canvas"`     // width, height
	Box    [4]float32 `json:"captionBox"` // x, y, width, height
}

// Raised is the latest uncaught exception up to the step, for the editor
// to mark its line.
type Raised struct {
	Exception     string `json:"exception"`     // "pid 1002: ZeroDivisionError: division by zero"
	ExceptionLine int    `json:"exceptionLine"` // in the scenario's file; 0 if no frame is in it
	// ExceptionCol is where on that line the carets of a 3.11+ traceback
	// start, in characters after the line's indentation, from 1; 0 if none.
	ExceptionCol int `json:"exceptionCol"`
}

// NewStep tells step s as told says it, with where the caption goes and
// the latest exception (nil when none).
func NewStep(s *playback.Snapshot, told Told, c Caption, ex *Exception) StepMessage {
	m := StepMessage{Type: TypeStep, Step: s.Step, Steps: s.Total, Final: s.Final,
		Time: s.TimeText, PS: s.PS, Told: told, Caption: c}
	if ex != nil {
		m.Raised = &Raised{Exception: fmt.Sprintf("pid %d: %s", ex.PID, ex.Message), ExceptionLine: ex.Line, ExceptionCol: ex.Col}
	}
	return m
}

func (StepMessage) MessageType() string { return TypeStep }

// ErrorMessage is {type:"error", message, line, col}: a scenario failed to
// load, or a command or URL value was bad (then line and col are 0).
type ErrorMessage struct {
	Type string `json:"type"`
	LoadError
}

// NewError reports le.
func NewError(le LoadError) ErrorMessage { return ErrorMessage{Type: TypeError, LoadError: le} }

func (ErrorMessage) MessageType() string { return TypeError }

// SourceMessage is {type:"source", file, code}, inside player.html: the
// scenario's source, for the editor.
type SourceMessage struct {
	Type string `json:"type"`
	File string `json:"file"`
	Code string `json:"code"`
}

// NewSource hands the editor the source of file.
func NewSource(file string, code []byte) SourceMessage {
	return SourceMessage{Type: TypeSource, File: file, Code: string(code)}
}

func (SourceMessage) MessageType() string { return TypeSource }

// URLMessage is {type:"url", query}, inside player.html: the address bar's
// new query, so that the address links to what is on screen.
type URLMessage struct {
	Type  string `json:"type"`
	Query string `json:"query"` // "?step=12…", or "" for the defaults
}

// NewURL gives the address of the state p.
func NewURL(p Params) URLMessage { return URLMessage{Type: TypeURL, Query: p.Query()} }

func (URLMessage) MessageType() string { return TypeURL }

// ControlsMessage is {type:"controls", …}, inside player.html: what its
// HTML controls show — playing or not, the speed, step into, the run's
// version and start method among every modelled one, the step and its
// label — sent whenever one of them changes.
type ControlsMessage struct {
	Type     string    `json:"type"`
	Lang     lang.Lang `json:"lang"`
	Playing  bool      `json:"playing"`
	Speed    float64   `json:"speed"`
	Into     bool      `json:"into"`
	Python   string    `json:"python"` // the version the run models, "3.13"
	Method   string    `json:"method"` // the start method it uses, "fork"
	Versions []string  `json:"versions"`
	Methods  []string  `json:"methods"`
	Step     int       `json:"step"`  // 0-based
	Steps    int       `json:"steps"` // known so far
	Final    bool      `json:"final"`
	Label    string    `json:"label"`  // view.StepLabel in Lang: "step 12 of 0–1095"
	Loaded   bool      `json:"loaded"` // false when the scenario failed to load (the step controls then do nothing)
}

// Controls is the player's state that its HTML controls show.
type Controls struct {
	Lang           lang.Lang
	Playing, Into  bool
	Speed          float64
	Python, Method string
	Step, Steps    int
	Final          bool
	Label          string
	Loaded         bool
}

// NewControls offers every modelled version and start method beside the
// run's own.
func NewControls(c Controls) ControlsMessage {
	m := ControlsMessage{Type: TypeControls, Lang: c.Lang, Playing: c.Playing, Speed: c.Speed, Into: c.Into,
		Python: c.Python, Method: c.Method, Step: c.Step, Steps: c.Steps, Final: c.Final, Label: c.Label,
		Loaded: c.Loaded, Methods: []string{"fork", "spawn", "forkserver"}}
	for _, v := range cpython.Versions() {
		m.Versions = append(m.Versions, v.String())
	}
	return m
}

func (ControlsMessage) MessageType() string { return TypeControls }
