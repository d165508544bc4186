package contract

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"zombielab/sim/lang"
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
				p.Python, p.Method, p.Seed, p.Lang, p.Speed = "3.11", "spawn", 7, lang.ZH, 8
				p.Autoplay, p.Compact, p.Into = true, true, true
			}, nil},
		{"language tag", "lang=zh-CN", func(p *Params) { p.Lang = lang.ZH }, nil},
		{"no editor", "edit=0", func(p *Params) { p.NoEdit = true }, nil},
		{"editor, as by default", "edit=1", func(p *Params) {}, nil},
		{"code unpadded", "code=" + EncodeCode([]byte(src)), func(p *Params) { p.Code = []byte(src) }, nil},
		{"code padded", "code=aW1wb3J0IG9z", func(p *Params) { p.Code = []byte("import os") }, nil},
		{"code wins over scenario", "scenario=reapers&code=aW1wb3J0IG9z", func(p *Params) { p.Code = []byte("import os") }, nil},
		{"bad values keep defaults", "step=-1&python=2.7&method=thread&lang=fr&speed=0&seed=x&autoplay=maybe",
			func(p *Params) {}, []string{"step", "python", "method", "seed", "lang", "speed", "autoplay"}},
		{"bad code", "code=***", func(p *Params) {}, []string{"code"}},
		{"empty code", "code==", func(p *Params) {}, []string{"code"}},
		{"speed not a number", "speed=NaN", func(p *Params) {}, []string{"speed"}},
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
// state, which is what makes a copied URL show the same frame; and the
// query is written in one form (the names and order of EMBEDDING.md's
// table, defaults left out), which the pages' links and the player's
// address bar share.
func TestQueryRoundTrip(t *testing.T) {
	tests := []struct {
		name  string
		p     func(*Params)
		query string
	}{
		{"defaults", func(p *Params) {}, ""},
		{"default scenario is left out", func(p *Params) { p.Step = 562 }, "?step=562"},
		{"gallery", func(p *Params) {
			p.Scenario, p.Step, p.Python, p.Method, p.Seed = "double-fork", 40, "3.8", "forkserver", 3
			p.Lang, p.Speed, p.Compact = lang.ZH, 0.5, true
		}, "?scenario=double-fork&step=40&python=3.8&method=forkserver&seed=3&lang=zh&speed=0.5&compact=1"},
		{"code", func(p *Params) {
			p.Code, p.Into, p.Autoplay = []byte("print('僵尸 & zombie?')\n"), true, true
		}, "?code=cHJpbnQoJ-WDteWwuCAmIHpvbWJpZT8nKQo&autoplay=1&into=1"},
		{"a name that needs escaping", func(p *Params) { p.Scenario = "a b&c=d" }, "?scenario=a+b%26c%3Dd"},
		{"every flag", func(p *Params) { p.Autoplay, p.Compact, p.Into = true, true, true }, "?autoplay=1&compact=1&into=1"},
		{"no editor", func(p *Params) { p.NoEdit = true }, "?edit=0"},
		{"largest seed", func(p *Params) { p.Seed = math.MaxUint64 }, "?seed=18446744073709551615"},
		{"slowest speed", func(p *Params) { p.Speed = MinSpeed }, "?speed=0.25"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := Defaults()
			tc.p(&p)
			q := p.Query()
			if q != tc.query {
				t.Errorf("Query() = %q, want %q", q, tc.query)
			}
			got, errs := ParseQuery(q)
			if len(errs) > 0 || !reflect.DeepEqual(got, p) {
				t.Errorf("ParseQuery(%q) = %+v, %v; want %+v", q, got, errs, p)
			}
		})
	}
}

// FuzzParseQuery: any query parses without panicking into valid Params,
// and whatever it accepts round-trips: its Query reads back to the same
// Params, without errors, and is written again the same way.
func FuzzParseQuery(f *testing.F) {
	for _, q := range []string{
		"", "?scenario=reapers&step=12", "python=3.11&method=spawn&seed=7&lang=zh-CN&speed=8&autoplay=1&compact=1&into=1",
		"code=aW1wb3J0IG9z", "code==", "scenario=x&code=eA", "speed=NaN", "speed=0x1p2", "step=+5", "%zz", "a;b",
		"step=-1&python=2.7&method=thread&lang=fr&speed=0&seed=x&autoplay=maybe",
	} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, query string) {
		p, _ := ParseQuery(query)
		q := p.Query()
		back, errs := ParseQuery(q)
		if len(errs) > 0 {
			t.Fatalf("ParseQuery(%q) gave %+v, whose query %q does not parse: %v", query, p, q, errs)
		}
		if !reflect.DeepEqual(back, p) {
			t.Fatalf("ParseQuery(%q) = %+v; its query %q reads back as %+v", query, p, q, back)
		}
		if again := back.Query(); again != q {
			t.Fatalf("the query of %+v is written as %q, then %q", p, q, again)
		}
	})
}
