// The URL parameters: a stable contract (README "Embedding"), parsed from
// and written back to a query string so that every state can be linked and
// loading the same URL gives the same frame.

package contract

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"zombielab/sim"
	"zombielab/sim/lang"
)

// DefaultScenario is played when the URL names neither a scenario nor code.
const DefaultScenario = "seed-loop"

// Speeds are the playback speeds offered, in steps per second; speed=
// accepts any value in [MinSpeed, MaxSpeed].
const (
	DefaultSpeed = 2.0
	MinSpeed     = 0.25
	MaxSpeed     = 64.0
)

// Params is the player's state as its URL carries it.
type Params struct {
	Scenario string // a gallery name (content.Scenario)
	Code     []byte // a custom scenario's source; wins over Scenario
	Step     int
	Python   string // "3.8" … "3.14"; "" the scenario's header or default
	Method   string // fork, spawn, forkserver; "" the version's default
	Seed     uint64
	Lang     lang.Lang
	Speed    float64 // steps per second
	Autoplay bool
	Compact  bool
	Into     bool // step into library code (multiprocessing's model)
	NoEdit   bool // edit=0: no "Edit code" button (an embed that only shows)
}

// Defaults returns the parameters of a URL without a query.
func Defaults() Params {
	return Params{Scenario: DefaultScenario, Lang: lang.EN, Speed: DefaultSpeed}
}

// ParseQuery reads a query string ("?a=b" or "a=b"). Unknown parameters
// are ignored; a bad value keeps its default and is reported, so the player
// still starts.
func ParseQuery(query string) (Params, []error) {
	p := Defaults()
	v, err := url.ParseQuery(strings.TrimPrefix(query, "?"))
	if err != nil {
		return p, []error{fmt.Errorf("the URL's query: %v", err)}
	}
	var errs []error
	bad := func(name, value, want string) {
		errs = append(errs, fmt.Errorf("URL parameter %s=%q: want %s", name, value, want))
	}
	if s := v.Get("scenario"); s != "" {
		p.Scenario = s
	}
	if s := v.Get("code"); s != "" {
		code, err := DecodeCode(s)
		if err != nil || len(code) == 0 {
			bad("code", shorten(s), "the scenario's source in base64url")
		} else {
			// The code wins: the scenario's name is not kept, so that
			// Query, which then leaves it out, gives back the same Params.
			p.Code, p.Scenario = code, DefaultScenario
		}
	}
	if s := v.Get("step"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			bad("step", s, "a step number, 0 or more")
		} else {
			p.Step = n
		}
	}
	if s := v.Get("python"); s != "" {
		if _, err := sim.ParseVersion(s); err != nil {
			bad("python", s, "a modelled CPython version such as 3.13")
		} else {
			p.Python = s
		}
	}
	if s := v.Get("method"); s != "" {
		if s != "fork" && s != "spawn" && s != "forkserver" {
			bad("method", s, "fork, spawn or forkserver")
		} else {
			p.Method = s
		}
	}
	if s := v.Get("seed"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			bad("seed", s, "a number, 0 or more")
		} else {
			p.Seed = n
		}
	}
	if s := v.Get("lang"); s != "" {
		if l, err := lang.Parse(s); err != nil {
			bad("lang", s, lang.Choices())
		} else {
			p.Lang = l
		}
	}
	if s := v.Get("speed"); s != "" {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || !(f >= MinSpeed && f <= MaxSpeed) { // NaN too
			bad("speed", s, fmt.Sprintf("steps per second between %g and %g", MinSpeed, MaxSpeed))
		} else {
			p.Speed = f
		}
	}
	for _, b := range []struct {
		name string
		to   *bool
	}{{"autoplay", &p.Autoplay}, {"compact", &p.Compact}, {"into", &p.Into}} {
		if s := v.Get(b.name); s != "" {
			on, err := parseFlag(s)
			if err != nil {
				bad(b.name, s, "1 or 0")
			}
			*b.to = on
		}
	}
	if s := v.Get("edit"); s != "" {
		on, err := parseFlag(s)
		if err != nil {
			bad("edit", s, "1 or 0")
		}
		p.NoEdit = !on
	}
	return p, errs
}

func parseFlag(s string) (bool, error) {
	switch s {
	case "1", "true", "yes", "on":
		return true, nil
	case "0", "false", "no", "off":
		return false, nil
	}
	return false, fmt.Errorf("not a flag")
}

func shorten(s string) string {
	if len(s) > 24 {
		return s[:24] + "…"
	}
	return s
}

// DecodeCode reads base64url, padded or not (browsers' btoa pads; many
// encoders do not).
func DecodeCode(s string) ([]byte, error) {
	return base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
}

// EncodeCode writes unpadded base64url.
func EncodeCode(code []byte) string { return base64.RawURLEncoding.EncodeToString(code) }

// Query writes p as a query string ("?…"), naming only what differs from
// the defaults, in a fixed order.
func (p Params) Query() string {
	d := Defaults()
	var parts []string
	add := func(name, value string) { parts = append(parts, name+"="+url.QueryEscape(value)) }
	if p.Code != nil {
		add("code", EncodeCode(p.Code))
	} else if p.Scenario != d.Scenario {
		add("scenario", p.Scenario)
	}
	if p.Step != 0 {
		add("step", strconv.Itoa(p.Step))
	}
	if p.Python != "" {
		add("python", p.Python)
	}
	if p.Method != "" {
		add("method", p.Method)
	}
	if p.Seed != 0 {
		add("seed", strconv.FormatUint(p.Seed, 10))
	}
	if p.Lang != d.Lang {
		add("lang", p.Lang.String())
	}
	if p.Speed != d.Speed {
		add("speed", strconv.FormatFloat(p.Speed, 'g', -1, 64))
	}
	for _, b := range []struct {
		name string
		on   bool
	}{{"autoplay", p.Autoplay}, {"compact", p.Compact}, {"into", p.Into}} {
		if b.on {
			add(b.name, "1")
		}
	}
	if p.NoEdit {
		add("edit", "0")
	}
	if len(parts) == 0 {
		return ""
	}
	return "?" + strings.Join(parts, "&")
}

// FileName is the name the scenario's tracebacks and errors show.
func (p Params) FileName() string {
	if p.Code != nil {
		return "custom.py"
	}
	return p.Scenario + ".py"
}
