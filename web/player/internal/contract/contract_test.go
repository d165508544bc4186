//go:build js && wasm

package contract

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"zombielab/sim"
	"zombielab/sim/playback"
)

func TestParseQuery(t *testing.T) {
	src := "import os\nos.fork()\n"
	tests := []struct {
		name  string
		query string
		want  func(*Params)
		bad   []string // parameters reported as bad
	}{
		{"empty", "", func(p *Params) {}, nil},
		{"gallery step", "?scenario=reapers&step=12", func(p *Params) { p.Scenario = "reapers"; p.Step = 12 }, nil},
		{"all", "python=3.11&method=spawn&seed=7&lang=zh&speed=8&autoplay=1&compact=1&into=1",
			func(p *Params) {
				p.Python, p.Method, p.Seed, p.Lang, p.Speed = "3.11", "spawn", 7, "zh", 8
				p.Autoplay, p.Compact, p.Into = true, true, true
			}, nil},
		{"code unpadded", "code=" + EncodeCode([]byte(src)), func(p *Params) { p.Code = []byte(src) }, nil},
		{"code padded", "code=aW1wb3J0IG9z", func(p *Params) { p.Code = []byte("import os") }, nil},
		{"bad values keep defaults", "step=-1&python=2.7&method=thread&lang=fr&speed=0&seed=x&autoplay=maybe",
			func(p *Params) {}, []string{"step", "python", "method", "seed", "lang", "speed", "autoplay"}},
		{"bad code", "code=***", func(p *Params) {}, []string{"code"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := Defaults()
			tc.want(&want)
			got, errs := ParseQuery(tc.query)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("ParseQuery(%q) = %+v, want %+v", tc.query, got, want)
			}
			if len(errs) != len(tc.bad) {
				t.Fatalf("errors %v, want one for each of %v", errs, tc.bad)
			}
			for i, name := range tc.bad {
				if !strings.Contains(errs[i].Error(), name+"=") {
					t.Errorf("error %d = %q, want it about %s", i, errs[i], name)
				}
			}
		})
	}
}

// TestQueryRoundTrip: writing the state and reading it back gives the same
// state, which is what makes a copied URL show the same frame.
func TestQueryRoundTrip(t *testing.T) {
	cases := map[string]Params{
		"defaults": Defaults(),
		"gallery":  {Scenario: "double-fork", Step: 40, Python: "3.8", Method: "forkserver", Seed: 3, Lang: "zh", Speed: 0.5, Compact: true},
		"code":     {Scenario: DefaultScenario, Code: []byte("print('僵尸 & zombie?')\n"), Lang: "en", Speed: DefaultSpeed, Into: true, Autoplay: true},
	}
	for name, p := range cases {
		t.Run(name, func(t *testing.T) {
			q := p.Query()
			got, errs := ParseQuery(q)
			if len(errs) > 0 || !reflect.DeepEqual(got, p) {
				t.Errorf("ParseQuery(%q) = %+v, %v; want %+v", q, got, errs, p)
			}
		})
	}
	if q := Defaults().Query(); q != "" {
		t.Errorf("defaults write %q, want an empty query", q)
	}
}

func TestDecodeCommand(t *testing.T) {
	cur := Defaults()
	cur.Lang, cur.Step = "zh", 9
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
			Command{Kind: CmdLoad, Load: Params{Scenario: "spawn", Python: "3.12", Seed: 4, Lang: "zh", Speed: DefaultSpeed}}, ""},
		{"load code", map[string]any{"type": "load", "code": "x = 1\n", "method": "spawn"},
			Command{Kind: CmdLoad, Load: Params{Scenario: DefaultScenario, Code: []byte("x = 1\n"), Method: "spawn", Lang: "zh", Speed: DefaultSpeed}}, ""},
		{"load nothing", map[string]any{"type": "load"}, Command{}, "want \"scenario\""},
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

func TestPositionOf(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		line, col int
	}{
		{"syntax", "import os\nx = (1,\n", 2, 5},
		{"unsupported", "import os\n\nasync def f():\n    pass\n", 3, 1},
		{"header", "# zombielab: method=thread\nimport os\n", 1, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opt, _, err := sim.Load("custom.py", []byte(tc.src), sim.Overrides{})
			if err == nil {
				_, err = sim.New(opt)
			}
			if err == nil {
				t.Fatal("the scenario loaded; want an error")
			}
			le := PositionOf(err)
			if le.Line != tc.line || (tc.col != 0 && le.Col != tc.col) || le.Col == 0 {
				t.Errorf("PositionOf(%v) = line %d col %d, want line %d col %d", err, le.Line, le.Col, tc.line, tc.col)
			}
		})
	}
	if le := PositionOf(errors.New("plain")); le.Line != 0 || le.Message != "plain" {
		t.Errorf("an error without a position: %+v", le)
	}
}

func TestLatestException(t *testing.T) {
	tb := "Traceback (most recent call last):\n  File \"exc.py\", line 7, in <module>\n    f(0)\n" +
		"  File \"exc.py\", line 4, in f\n    return 1 / x\nZeroDivisionError: division by zero\n"
	tests := []struct {
		name    string
		console []playback.Output
		want    Exception
		ok      bool
	}{
		{"none", []playback.Output{{PID: 1001, FD: 1, Text: "parent\n"}}, Exception{}, false},
		{"whole", []playback.Output{{PID: 1001, FD: 1, Text: "parent\n"}, {PID: 1002, FD: 2, Text: tb}},
			Exception{PID: 1002, Line: 4, Message: "ZeroDivisionError: division by zero"}, true},
		{"in pieces, interleaved", []playback.Output{
			{PID: 1002, FD: 2, Text: tb[:40]}, {PID: 1001, FD: 1, Text: "x\n"}, {PID: 1002, FD: 2, Text: tb[40:]}},
			Exception{PID: 1002, Line: 4, Message: "ZeroDivisionError: division by zero"}, true},
		{"library only", []playback.Output{{PID: 1003, FD: 2, Text: "Traceback (most recent call last):\n  File \"/usr/lib/python3.13/multiprocessing/process.py\", line 3\nValueError: no\n"}},
			Exception{PID: 1003, Message: "ValueError: no"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := LatestException(tc.console, "exc.py")
			if ok != tc.ok || got != tc.want {
				t.Errorf("got %+v %v, want %+v %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

// TestLatestExceptionFromARun: the traceback the simulator really prints
// (the parent goes on, so a later step shows the child's traceback).
func TestLatestExceptionFromARun(t *testing.T) {
	src := "import os\nimport time\n\ndef f(x):\n    return 1 / x\n\nif os.fork() == 0:\n    f(0)\ntime.sleep(1)\nprint('parent')\n"
	pl, err := playback.Load("exc.py", []byte(src), sim.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	pl.RunToEnd()
	s := pl.Seek(pl.Len() - 1)
	ex, ok := LatestException(s.Console, "exc.py")
	if !ok || ex.Line != 5 || !strings.HasPrefix(ex.Message, "ZeroDivisionError") {
		t.Errorf("LatestException = %+v, %v; want line 5, ZeroDivisionError", ex, ok)
	}
}
