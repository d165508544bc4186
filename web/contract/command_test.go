package contract

import (
	"reflect"
	"strings"
	"testing"

	"zombielab/sim/lang"
)

func TestDecodeCommand(t *testing.T) {
	cur := Defaults()
	cur.Lang, cur.Step = lang.ZH, 9
	tests := []struct {
		name string
		data map[string]any
		want Command
		err  string
	}{
		{"goto", map[string]any{"type": "goto", "step": 12.0}, Command{Kind: CmdGoto, Step: 12}, ""},
		{"goto fraction", map[string]any{"type": "goto", "step": 1.5}, Command{}, "step number"},
		{"goto missing", map[string]any{"type": "goto"}, Command{}, "step number"},
		{"play", map[string]any{"type": "play"}, Command{Kind: CmdPlay}, ""},
		{"pause", map[string]any{"type": "pause"}, Command{Kind: CmdPause}, ""},
		{"load scenario", map[string]any{"type": "load", "scenario": "spawn", "python": "3.12", "seed": 4.0},
			Command{Kind: CmdLoad, Load: Params{Scenario: "spawn", Python: "3.12", Seed: 4, Lang: lang.ZH, Speed: DefaultSpeed}}, ""},
		{"load code", map[string]any{"type": "load", "code": "x = 1\n", "method": "spawn"},
			Command{Kind: CmdLoad, Load: Params{Scenario: DefaultScenario, Code: []byte("x = 1\n"), Method: "spawn", Lang: lang.ZH, Speed: DefaultSpeed}}, ""},
		{"load nothing", map[string]any{"type": "load"}, Command{}, "want \"scenario\""},
		{"settings", map[string]any{"type": "settings", "python": "3.14", "method": "spawn", "into": true},
			Command{Kind: CmdSettings, Load: func() Params { p := cur; p.Python, p.Method, p.Into = "3.14", "spawn", true; return p }()}, ""},
		{"settings speed", map[string]any{"type": "settings", "speed": 8.0},
			Command{Kind: CmdSettings, Load: func() Params { p := cur; p.Speed = 8; return p }()}, ""},
		{"settings bad speed", map[string]any{"type": "settings", "speed": 1000.0}, Command{}, "speed="},
		{"act", map[string]any{"type": "act", "action": "forward"}, Command{Kind: CmdAct, Action: "forward"}, ""},
		{"act unknown", map[string]any{"type": "act", "action": "jump"}, Command{}, "want one of"},
		{"settings bad method", map[string]any{"type": "settings", "method": "thread"}, Command{}, "method="},
		{"load bad python", map[string]any{"type": "load", "scenario": "spawn", "python": "2.7"}, Command{}, "python="},
		{"unknown", map[string]any{"type": "dance"}, Command{}, "want goto"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeCommand(tc.data, cur)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v, %v; want %+v", got, err, tc.want)
			}
		})
	}
}
