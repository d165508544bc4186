// The postMessage commands a host page sends (README "Embedding"), decoded
// from the message's data as syscall/js hands it over: a map of strings,
// numbers and booleans.

package contract

import (
	"fmt"
	"math"
)

// CommandKind names a command.
type CommandKind uint8

const (
	CmdGoto CommandKind = iota + 1
	CmdPlay
	CmdPause
	CmdLoad
	// CmdSettings comes from player.html's own controls, never from a
	// host (player.js forwards only goto, play, pause and load): the
	// version, start method, step-into and speed chosen there.
	CmdSettings
	// CmdAct is a press of one of player.html's buttons (first, back,
	// play, forward, last, into), named as view.ActionKind names it;
	// never from a host either.
	CmdAct
)

func (k CommandKind) String() string {
	switch k {
	case CmdGoto:
		return "goto"
	case CmdPlay:
		return "play"
	case CmdPause:
		return "pause"
	case CmdLoad:
		return "load"
	case CmdSettings:
		return "settings"
	case CmdAct:
		return "act"
	}
	return fmt.Sprintf("CommandKind(%d)", uint8(k))
}

// Command is one decoded message.
type Command struct {
	Kind CommandKind
	Step int    // goto
	Load Params // load: Scenario or Code, Python, Method, Seed (the rest kept); settings: Python, Method, Into, Speed
	// Action is the button an act names: first, back, play, forward,
	// last or into.
	Action string
}

// Buttons are the actions player.html's buttons send.
var Buttons = []string{"first", "back", "play", "forward", "last", "into"}

// DecodeCommand reads a message's data. For load, the parameters not named
// in the message keep their values in current (language, speed, compact).
func DecodeCommand(data map[string]any, current Params) (Command, error) {
	kind, _ := data["type"].(string)
	switch kind {
	case "goto":
		n, ok := data["step"].(float64)
		if !ok || n < 0 || n != math.Trunc(n) || n > math.MaxInt32 {
			return Command{}, fmt.Errorf(`message {type:"goto"}: want a step number, 0 or more, in "step"`)
		}
		return Command{Kind: CmdGoto, Step: int(n)}, nil
	case "play":
		return Command{Kind: CmdPlay}, nil
	case "pause":
		return Command{Kind: CmdPause}, nil
	case "load":
		return decodeLoad(data, current)
	case "settings":
		return decodeSettings(data, current)
	case "act":
		a, _ := data["action"].(string)
		for _, b := range Buttons {
			if a == b {
				return Command{Kind: CmdAct, Action: a}, nil
			}
		}
		return Command{}, fmt.Errorf(`message {type:"act"}: action %q: want one of %v`, a, Buttons)
	}
	return Command{}, fmt.Errorf("message type %q: want goto, play, pause or load", kind)
}

// decodeSettings reads {type:"settings", python, method, into, speed}:
// the current parameters with those changed ("" keeps a value's default;
// into and speed, when absent, keep theirs).
func decodeSettings(data map[string]any, current Params) (Command, error) {
	p := current
	p.Python, _ = data["python"].(string)
	p.Method, _ = data["method"].(string)
	if into, ok := data["into"].(bool); ok {
		p.Into = into
	}
	if speed, ok := data["speed"].(float64); ok {
		p.Speed = speed
	}
	if _, errs := ParseQuery(p.Query()); len(errs) > 0 {
		return Command{}, errs[0]
	}
	return Command{Kind: CmdSettings, Load: p}, nil
}

func decodeLoad(data map[string]any, current Params) (Command, error) {
	p := current
	p.Step = 0
	p.Python, p.Method, p.Seed = "", "", 0
	code, hasCode := data["code"].(string)
	name, hasName := data["scenario"].(string)
	switch {
	case hasCode:
		p.Code, p.Scenario = []byte(code), DefaultScenario
	case hasName && name != "":
		p.Code, p.Scenario = nil, name
	default:
		return Command{}, fmt.Errorf(`message {type:"load"}: want "scenario" (a gallery name) or "code" (Python source)`)
	}
	if s, ok := data["python"].(string); ok && s != "" {
		p.Python = s
	}
	if s, ok := data["method"].(string); ok && s != "" {
		p.Method = s
	}
	if f, ok := data["seed"].(float64); ok {
		if f < 0 || f != math.Trunc(f) {
			return Command{}, fmt.Errorf(`message {type:"load"}: "seed" must be a whole number, 0 or more`)
		}
		p.Seed = uint64(f)
	}
	// The same checks as the URL's: one place says what a valid value is.
	if _, errs := ParseQuery(p.Query()); len(errs) > 0 {
		return Command{}, errs[0]
	}
	return Command{Kind: CmdLoad, Load: p}, nil
}
