package page

import (
	"html/template"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"zombielab/content"
	"zombielab/internal/golden"
	"zombielab/sim/lang"
	"zombielab/web/contract"
)

// contentFiles are the Markdown files of the site, with their language.
var contentFiles = []struct {
	file string
	lang lang.Lang
}{
	{"walkthrough.en.md", lang.EN},
	{"walkthrough.zh.md", lang.ZH},
	{"embedding.md", lang.EN},
	{"embedding.zh.md", lang.ZH},
}

// TestContentGolden renders every content file; every figure must name a
// gallery scenario and a step within its trace, or the render fails.
func TestContentGolden(t *testing.T) {
	steps := NewStepCounter()
	for _, c := range contentFiles {
		t.Run(c.file, func(t *testing.T) {
			md, err := content.Page(c.file)
			if err != nil {
				t.Fatal(err)
			}
			p, err := RenderFile("content/"+c.file, c.lang, md, steps)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", strings.TrimSuffix(c.file, ".md")+".golden"), []byte(p.HTML))
		})
	}
}

// TestLanguagesAgree: both walkthroughs have the same sections (ids) and
// the same figures in the same sections, so that switching language keeps
// the reader's place and the player's step.
func TestLanguagesAgree(t *testing.T) {
	steps := NewStepCounter()
	var pages []Page
	for _, l := range Languages {
		name := "walkthrough." + l.String() + ".md"
		md, err := content.Page(name)
		if err != nil {
			t.Fatal(err)
		}
		p, err := RenderFile(name, l, md, steps)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p)
	}
	en, zh := pages[0], pages[1]
	if len(en.Sections) != len(zh.Sections) {
		t.Fatalf("en has %d sections, zh %d", len(en.Sections), len(zh.Sections))
	}
	for i := range en.Sections {
		if en.Sections[i].ID != zh.Sections[i].ID {
			t.Errorf("section %d: en #%s, zh #%s", i, en.Sections[i].ID, zh.Sections[i].ID)
		}
	}
	if len(en.Figures) != len(zh.Figures) {
		t.Fatalf("en has %d figures, zh %d", len(en.Figures), len(zh.Figures))
	}
	for i := range en.Figures {
		a, b := en.Figures[i], zh.Figures[i]
		if a.Section != b.Section || a.Spec.Scenario != b.Spec.Scenario || a.Spec.Step != b.Spec.Step ||
			a.Spec.Python != b.Spec.Python || a.Spec.Method != b.Spec.Method || a.Spec.Reveal != b.Spec.Reveal {
			t.Errorf("figure %d: en %+v, zh %+v", i+1, a, b)
		}
	}
}

func TestBuild(t *testing.T) {
	files, err := Build(layoutForTest(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"index.html", "zh/index.html", "gallery.html", "zh/gallery.html", "embed.html", "zh/embed.html", "assets/site.css", "assets/site.js"}
	for _, name := range want {
		if len(files[name]) == 0 {
			t.Errorf("Build lacks %s", name)
		}
	}
	if len(files) != len(want) {
		t.Errorf("Build returned %d files, want %d", len(files), len(want))
	}
	external := regexp.MustCompile(`(?i)(src|href|action)="(https?:)?//`)
	for name, b := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		page := string(b)
		if !strings.Contains(page, `<meta http-equiv="Content-Security-Policy" content="`+template.HTMLEscapeString(CSP)+`">`) {
			t.Errorf("%s: no CSP meta tag", name)
		}
		if m := external.FindString(page); m != "" {
			t.Errorf("%s: a request would leave the origin: %s", name, m)
		}
		if strings.Contains(page, "<script>") || strings.Contains(page, "<style") || strings.Contains(page, " style=") {
			t.Errorf("%s: inline script or style, which the CSP forbids", name)
		}
	}
	for _, name := range []string{"gallery.html", "zh/gallery.html"} {
		golden.Check(t, filepath.Join("testdata", strings.ReplaceAll(name, "/", "-")+".golden"), files[name])
	}
	for _, name := range content.Names() {
		p := contract.Defaults()
		p.Scenario, p.Lang = name, lang.ZH
		if href := `href="../player.html` + template.HTMLEscapeString(p.Query()) + `"`; !strings.Contains(string(files["zh/gallery.html"]), href) {
			t.Errorf("zh/gallery.html does not open %s in the player: no %s", name, href)
		}
	}
	if !strings.Contains(string(files["zh/index.html"]), `<iframe id="zl-player" src="../player.html?step=654&amp;lang=zh&amp;compact=1"`) {
		t.Errorf("zh/index.html: the sticky player does not start at the first figure")
	}
}

// layoutForTest reads the site's layout, the repository's top-level
// index.html.
func layoutForTest(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("../../index.html")
	if err != nil {
		t.Fatal(err)
	}
	return b
}
