package page

import (
	"errors"
	"strings"
	"testing"

	"zombielab/sim/lang"
)

func TestFigureErrors(t *testing.T) {
	tests := []struct {
		name string
		md   string
		want string // the whole error text
	}{
		{"unknown scenario", "# T\n\n```zombielab scenario=no-such step=1\n```\n",
			`t.md:3:14: scenario "no-such": no such scenario in the gallery (see content/scenarios)`},
		{"step past the trace", "para\n\n```zombielab scenario=fork-waitpid step=25\n```\n",
			"t.md:3:36: step=25 is past the end of fork-waitpid's trace: it has steps 0 to 24"},
		{"bad attribute", "```zombielab scenario=fork-waitpid colour=red\n```\n",
			`t.md:1:36: unknown attribute "colour": want one of scenario, step, python, method, lang, caption, question, answers, answer, reveal`},
		{"bad version", "```zombielab scenario=fork-waitpid python=2.7\n```\n",
			`t.md:1:36: python="2.7": want a modelled CPython version such as 3.13`},
		{"reveal before step", "```zombielab scenario=fork-waitpid step=5 question=q answers=a|b answer=a reveal=4\n```\n",
			"t.md:1:75: reveal=4 must come after step=5"},
		{"answer not offered", "```zombielab scenario=fork-waitpid step=5 question=q answers=a|b answer=c reveal=9\n```\n",
			"t.md:1:66: answer=\"c\" is not one of the answers (a, b)"},
		{"question without reveal", "```zombielab scenario=fork-waitpid question=q answers=a|b answer=a\n```\n",
			"t.md:1:36: a question needs reveal=STEP, the step that shows the answer"},
		{"answers without question", "```zombielab scenario=fork-waitpid answers=a|b\n```\n",
			"t.md:1:13: answers=, answer= and reveal= belong to a question: add question=\"…\""},
		{"column counts characters", "- 图\n\n```zombielab scenario=fork-waitpid caption=图一 step=99\n```\n",
			"t.md:3:47: step=99 is past the end of fork-waitpid's trace: it has steps 0 to 24"},
		{"two errors, two lines", "```zombielab scenario=nope\n```\n\n```zombielab scenario=fork-waitpid bad\n```\n",
			"t.md:1:14: scenario \"nope\": no such scenario in the gallery (see content/scenarios)\n" +
				"t.md:4:36: want key=value (for example scenario=seed-loop step=12)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := RenderFile("t.md", lang.EN, []byte(tt.md), NewStepCounter())
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n%s\nwant:\n%s", err, tt.want)
			}
			var pe *Error
			if !errors.As(err, &pe) || pe.File != "t.md" {
				t.Errorf("error %v is not a *page.Error naming t.md", err)
			}
		})
	}
}

// TestSafeOutput: raw HTML in the Markdown never reaches the page, and a
// figure's text is escaped wherever it lands.
func TestSafeOutput(t *testing.T) {
	md := "# Title\n\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(2)> inline.\n\n" +
		"[link](javascript:alert(3))\n\n" +
		"```zombielab scenario=fork-waitpid step=3 caption=\"<b>bold</b>\" question=\"1<2?\" answers=\"<i>|\\\"q\\\"\" answer=<i> reveal=4\n```\n"
	p, err := Render(lang.EN, []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	html := string(p.HTML)
	for _, bad := range []string{"<script", "<img", "onerror", "javascript:", "<b>", "<i>"} {
		if strings.Contains(html, bad) {
			t.Errorf("output contains %q:\n%s", bad, html)
		}
	}
	for _, good := range []string{"&lt;b&gt;bold&lt;/b&gt;", "1&lt;2?", `value="&#34;q&#34;"`, `data-answer="&lt;i&gt;"`} {
		if !strings.Contains(html, good) {
			t.Errorf("output lacks %q:\n%s", good, html)
		}
	}
}

func TestOutline(t *testing.T) {
	md := "# The title {#top}\n\nintro\n\n```zombielab scenario=fork-waitpid step=1\nfirst\n```\n\n" +
		"## One {#one}\n\n```zombielab scenario=fork-waitpid step=2 lang=zh\nsecond,\nwrapped\n```\n\n" +
		"## Two `code` {#two}\n\n```zombielab scenario=fork-waitpid step=3\n第二\n行\n```\n"
	p, err := Render(lang.EN, []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "The title" {
		t.Errorf("Title = %q", p.Title)
	}
	if strings.Contains(string(p.HTML), "<h1") {
		t.Errorf("the title is still in the body (the layout prints it):\n%s", p.HTML)
	}
	if len(p.Sections) != 2 || p.Sections[0].ID != "one" || p.Sections[1].Title != "Two code" {
		t.Errorf("Sections = %+v", p.Sections)
	}
	if len(p.Figures) != 3 {
		t.Fatalf("Figures = %+v", p.Figures)
	}
	wantSection := []string{"", "one", "two"}
	wantCaption := []string{"first", "second, wrapped", "第二行"}
	for i, f := range p.Figures {
		if f.Section != wantSection[i] || f.Spec.Caption != wantCaption[i] || f.Spec.Step != i+1 {
			t.Errorf("figure %d = %+v, want section %q caption %q", i, f, wantSection[i], wantCaption[i])
		}
	}
	if got := p.Sections[0].Figures; len(got) != 1 || got[0] != 1 {
		t.Errorf("section one's figures = %v, want [1]", got)
	}
	if !strings.Contains(string(p.HTML), `href="player.html?scenario=fork-waitpid&amp;step=2&amp;lang=zh"`) {
		t.Errorf("figure 2's link lacks lang=zh:\n%s", p.HTML)
	}
}

// TestPlayerLinks: the pages link into the player with the player's own
// query (web/contract), which leaves out what equals the player's defaults
// (the seed-loop scenario, step 0, English).
func TestPlayerLinks(t *testing.T) {
	tests := []struct {
		name string
		page lang.Lang
		spec FigureSpec
		want string
	}{
		{"the defaults", lang.EN, FigureSpec{Scenario: "seed-loop"}, "player.html"},
		{"a step of the default scenario", lang.EN, FigureSpec{Scenario: "seed-loop", Step: 562}, "player.html?step=562"},
		{"another scenario", lang.EN, FigureSpec{Scenario: "reapers"}, "player.html?scenario=reapers"},
		{"all, from a Chinese page", lang.ZH, FigureSpec{Scenario: "spawn", Step: 7, Python: "3.11", Method: "spawn", Lang: lang.ZH},
			"../player.html?scenario=spawn&step=7&python=3.11&method=spawn&lang=zh"},
		{"English from a Chinese page", lang.ZH, FigureSpec{Scenario: "spawn", Lang: lang.EN}, "../player.html?scenario=spawn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := playerURL(tt.page, tt.spec.Params()); got != tt.want {
				t.Errorf("playerURL = %q, want %q", got, tt.want)
			}
		})
	}
}
