package page

import (
	"reflect"
	"testing"

	"zombielab/sim/lang"
)

func TestParseSpec(t *testing.T) {
	tests := []struct {
		name  string
		attrs string
		want  FigureSpec
	}{
		{"scenario and step", " scenario=seed-loop step=12", FigureSpec{Scenario: "seed-loop", Step: 12}},
		{"every setting", " scenario=spawn step=3 python=3.11 method=spawn lang=zh caption=hi",
			FigureSpec{Scenario: "spawn", Step: 3, Python: "3.11", Method: "spawn", Lang: lang.ZH, Caption: "hi"}},
		{"a language tag", " scenario=spawn lang=zh-CN", FigureSpec{Scenario: "spawn", Lang: lang.ZH}},
		{"quoted values", ` scenario=seed-loop caption="two words" question="say \"why\"?"`,
			FigureSpec{Scenario: "seed-loop", Caption: "two words", Question: `say "why"?`}},
		{"question", ` scenario=seed-loop step=1 question="How many?" answers="0|1|2" answer=1 reveal=9`,
			FigureSpec{Scenario: "seed-loop", Step: 1, Question: "How many?", Answers: []string{"0", "1", "2"}, Answer: "1", Reveal: 9}},
		{"tabs and extra spaces", "\tscenario=seed-loop   step=0  ", FigureSpec{Scenario: "seed-loop"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, errs := parseSpec(tt.attrs, lang.EN)
			if len(errs) > 0 {
				t.Fatalf("parseSpec(%q): %v", tt.attrs, errs)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseSpec(%q) = %+v, want %+v", tt.attrs, got, tt.want)
			}
		})
	}
}

// TestParseSpecLang: a figure speaks its page's language unless lang= says
// otherwise.
func TestParseSpecLang(t *testing.T) {
	tests := []struct {
		attrs      string
		page, want lang.Lang
	}{
		{" scenario=spawn", lang.ZH, lang.ZH},
		{" scenario=spawn", lang.EN, lang.EN},
		{" scenario=spawn lang=en", lang.ZH, lang.EN},
		{" scenario=spawn lang=zh", lang.EN, lang.ZH},
	}
	for _, tt := range tests {
		spec, _, errs := parseSpec(tt.attrs, tt.page)
		if len(errs) > 0 || spec.Lang != tt.want {
			t.Errorf("parseSpec(%q) on a %v page: Lang %v, %v; want %v", tt.attrs, tt.page, spec.Lang, errs, tt.want)
		}
	}
}

func TestParseSpecErrors(t *testing.T) {
	tests := []struct {
		name  string
		attrs string
		off   int
		msg   string
	}{
		{"no scenario", " step=3", 0, "a ```zombielab block needs scenario=NAME (a gallery scenario)"},
		{"unknown attribute", " scenario=x colour=red", 12, `unknown attribute "colour": want one of scenario, step, python, method, lang, caption, question, answers, answer, reveal`},
		{"negative step", " scenario=x step=-1", 12, `step="-1": want a step number, 0 or more`},
		{"step not a number", " scenario=x step=ten", 12, `step="ten": want a step number, 0 or more`},
		{"bad method", " scenario=x method=vfork", 12, `method="vfork": want fork, spawn or forkserver`},
		{"bad lang", " scenario=x lang=fr", 12, `lang="fr": want en or zh`},
		{"twice", " scenario=x step=1 step=2", 19, "attribute step is given twice"},
		{"bare word", " scenario=x loud", 12, "want key=value (for example scenario=seed-loop step=12)"},
		{"unterminated quote", ` scenario=x caption="open`, 20, `unterminated quoted value: add the closing "`},
		{"quote inside a value", ` scenario=x caption=a"b`, 21, "a quote inside an unquoted value: quote the whole value"},
		{"no space after quote", ` scenario=x caption="a"b`, 23, "want a space after a quoted value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, errs := parseSpec(tt.attrs, lang.EN)
			if len(errs) == 0 {
				t.Fatalf("parseSpec(%q): no error, want %q", tt.attrs, tt.msg)
			}
			if errs[0].off != tt.off || errs[0].msg != tt.msg {
				t.Errorf("parseSpec(%q): error at %d %q, want at %d %q", tt.attrs, errs[0].off, errs[0].msg, tt.off, tt.msg)
			}
		})
	}
}

func FuzzParseSpec(f *testing.F) {
	f.Add(` scenario=seed-loop step=12 caption="a \"b\"" answers="0|1"`)
	f.Add(` scenario="`)
	f.Fuzz(func(t *testing.T, attrs string) {
		_, at, errs := parseSpec(attrs, lang.ZH)
		for _, e := range errs {
			if e.off < 0 || e.off > len(attrs) {
				t.Fatalf("error offset %d outside %q", e.off, attrs)
			}
		}
		for k, off := range at {
			if off < 0 || off > len(attrs) {
				t.Fatalf("attribute %s at %d outside %q", k, off, attrs)
			}
		}
	})
}
