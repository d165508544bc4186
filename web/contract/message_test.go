package contract

import (
	"encoding/json"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"zombielab/sim/kernel"
	"zombielab/sim/lang"
	"zombielab/sim/playback"
)

// sampleMessages are one of each out message, with the JSON it must be.
func sampleMessages() []struct {
	name string
	msg  Message
	json string
} {
	snap := &playback.Snapshot{Step: 411, Total: 1090, Final: true, TimeText: "1.002000s", PS: "PID PPID STAT CMD\n"}
	told := Told{Lang: lang.ZH, StepText: "第 411 步", Narration: "子进程 1002 退出", Zombies: "僵尸进程：1002", Vars: "1002 在 <module> 中的变量\n  pid = 0"}
	place := Caption{Canvas: [2]float32{1280, 720}, Box: [4]float32{0, 600, 1280, 40.5}}
	return []struct {
		name string
		msg  Message
		json string
	}{
		{"ready", NewReady(12, false), `{"type":"ready","steps":12,"final":false}`},
		{"step", NewStep(snap, told, place, nil),
			`{"type":"step","step":411,"steps":1090,"final":true,"time":"1.002000s","ps":"PID PPID STAT CMD\n",` +
				`"lang":"zh","stepText":"第 411 步","narration":"子进程 1002 退出","zombies":"僵尸进程：1002","vars":"1002 在 \u003cmodule\u003e 中的变量\n  pid = 0",` +
				`"canvas":[1280,720],"captionBox":[0,600,1280,40.5]}`},
		{"step with an exception", NewStep(snap, Told{}, place, &Exception{PID: 1002, Message: "ValueError: no"}),
			`{"type":"step","step":411,"steps":1090,"final":true,"time":"1.002000s","ps":"PID PPID STAT CMD\n",` +
				`"lang":"en","stepText":"","narration":"","zombies":"","vars":"",` +
				`"canvas":[1280,720],"captionBox":[0,600,1280,40.5],"exception":"pid 1002: ValueError: no","exceptionLine":0,"exceptionCol":0}`},
		{"error", NewError(LoadError{Message: "custom.py:2:5: bad", Line: 2, Col: 5}),
			`{"type":"error","message":"custom.py:2:5: bad","line":2,"col":5}`},
		{"source", NewSource("custom.py", []byte("x = 1 < 2\n")), `{"type":"source","file":"custom.py","code":"x = 1 \u003c 2\n"}`},
		{"url", NewURL(Params{Scenario: "reapers", Step: 3, Lang: lang.EN, Speed: DefaultSpeed}), `{"type":"url","query":"?scenario=reapers\u0026step=3"}`},
	}
}

// TestMessageJSON pins the wire format: the player turns these structs
// into the objects it posts (JSON.parse of their JSON).
func TestMessageJSON(t *testing.T) {
	for _, tc := range sampleMessages() {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.msg)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tc.json {
				t.Errorf("got  %s\nwant %s", b, tc.json)
			}
			if want := `{"type":"` + tc.msg.MessageType() + `",`; !strings.HasPrefix(string(b), want) {
				t.Errorf("%s does not start with %s", b, want)
			}
		})
	}
}

// TestEmbeddingDocumentsMessages: every field of a message a host receives
// is named in EMBEDDING.md's row for that message, and the row names no
// field the message lacks.
func TestEmbeddingDocumentsMessages(t *testing.T) {
	doc, err := os.ReadFile("../player/EMBEDDING.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| `\\{type: \"(\\w+)\"([^`]*)\\}` \\|")
	rows := map[string][]string{}
	for _, m := range row.FindAllStringSubmatch(string(doc), -1) {
		var fields []string
		for _, f := range strings.Split(m[2], ",") {
			if f = strings.TrimSpace(f); f != "" {
				fields = append(fields, f)
			}
		}
		rows[m[1]] = fields
	}
	for _, tc := range sampleMessages() {
		b, _ := json.Marshal(tc.msg)
		var fields map[string]any
		if err := json.Unmarshal(b, &fields); err != nil {
			t.Fatal(err)
		}
		typ := fields["type"].(string)
		if typ == TypeSource || typ == TypeURL {
			continue // inside player.html only
		}
		documented, ok := rows[typ]
		if !ok {
			t.Errorf("EMBEDDING.md has no row for {type: %q, …}", typ)
			continue
		}
		var sent []string
		for k := range fields {
			if k != "type" {
				sent = append(sent, k)
			}
		}
		sort.Strings(sent)
		have := map[string]bool{}
		for _, f := range documented {
			have[f] = true
		}
		for _, k := range sent {
			if !have[k] {
				t.Errorf("%s: the message has %q, which EMBEDDING.md's row does not name (it names %v)", tc.name, k, documented)
			}
			delete(have, k)
		}
		if tc.name == "step" {
			delete(have, "exception") // sent only with an exception
			delete(have, "exceptionLine")
			delete(have, "exceptionCol")
		}
		for k := range have {
			t.Errorf("%s: EMBEDDING.md names %q, which the message lacks", tc.name, k)
		}
	}
}

func TestNewStepException(t *testing.T) {
	s := &playback.Snapshot{}
	if m := NewStep(s, Told{}, Caption{}, nil); m.Raised != nil {
		t.Errorf("no exception, yet %+v", m.Raised)
	}
	m := NewStep(s, Told{}, Caption{}, &Exception{PID: kernel.PID(7), Line: 4, Message: "ZeroDivisionError: division by zero"})
	if m.Raised == nil || *m.Raised != (Raised{Exception: "pid 7: ZeroDivisionError: division by zero", ExceptionLine: 4}) {
		t.Errorf("Raised = %+v", m.Raised)
	}
}
