// Build: the site's pages as files — the walkthrough, the gallery and the
// embedding guide in every language, filled into the layout template, plus
// the style sheet and the script they share. The CLI writes the map next to
// the player's files (player.html, main.wasm …), which live at the root.

package page

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"path"
	"slices"

	"zombielab/content"
	"zombielab/sim/lang"
	"zombielab/sim/scenario"
)

//go:embed assets/site.css assets/site.js
var assets embed.FS

// CSP is the pages' Content-Security-Policy: everything from the site's own
// origin, nothing inline (the style sheet and script are files), the player
// in a same-origin frame, and no form is ever submitted.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

// pageKind names the three pages of each language.
type pageKind string

const (
	kindWalkthrough pageKind = "walkthrough"
	kindGallery     pageKind = "gallery"
	kindEmbedding   pageKind = "embedding"
)

// fileOf is where a page in language l lives in the site.
func fileOf(kind pageKind, l lang.Lang) string {
	name := map[pageKind]string{kindWalkthrough: "index.html", kindGallery: "gallery.html", kindEmbedding: "embed.html"}[kind]
	if l == Languages[0] {
		return name
	}
	return l.String() + "/" + name
}

// markdownOf is the content file of a page in l; the embedding guide
// falls back to English when it has no translation.
func markdownOf(kind pageKind, l lang.Lang) ([]byte, string, error) {
	base := map[pageKind]string{kindWalkthrough: "walkthrough", kindEmbedding: "embedding"}[kind]
	for _, name := range []string{base + "." + l.String() + ".md", base + ".md"} {
		md, err := content.Page(name)
		if err == nil {
			return md, name, nil
		}
	}
	return nil, "", fmt.Errorf("content/%s.%s.md: %w", base, l, content.ErrNoPage)
}

// GalleryEntry is one scenario on the gallery page.
type GalleryEntry struct {
	Name, Title, Lesson string
	Href                string    // the player, at the scenario's start
	Picture             string    // its key frame, gallery/NAME.svg (made with the site by cmd/zombielab)
	Variants            []Variant // the same scenario where another version or start method teaches something
}

// Variant is a link to a scenario run another way.
type Variant struct {
	Label, Href string
}

// galleryOrder is the gallery's teaching order: the headline scenario,
// then the kernel's own rule, then multiprocessing's reapers and their
// exceptions, then what happens above the parent, then the other start
// methods. A scenario not named here comes after these, by name.
var galleryOrder = []string{
	"seed-loop", "fork-waitpid", "zombies-pile-up", "join-after-start", "reapers",
	"outlive-period", "sigchld-ignore", "sigchld-blocked", "daemon-exit", "parent-killed", "double-fork",
	"pid1-never-reaps", "spawn", "forkserver",
}

// variants are the runs of a scenario under another version or start
// method that the gallery links to, with what they show.
var variants = map[string][]struct {
	python, method string
	label          map[lang.Lang]string
}{
	"seed-loop": {
		{python: "3.14", label: map[lang.Lang]string{lang.EN: "On Python 3.14 (forkserver by default: no zombie)", lang.ZH: "在 Python 3.14 上（默认 forkserver：没有僵尸）"}},
		{method: "spawn", label: map[lang.Lang]string{lang.EN: "With spawn (the zombie stays)", lang.ZH: "用 spawn 启动（僵尸依旧）"}},
	},
}

// inTeachingOrder sorts names by galleryOrder.
func inTeachingOrder(names []string) []string {
	rank := func(n string) int {
		for k, o := range galleryOrder {
			if o == n {
				return k
			}
		}
		return len(galleryOrder)
	}
	out := slices.Clone(names)
	slices.SortStableFunc(out, func(a, b string) int { return rank(a) - rank(b) })
	return out
}

// layoutData is what the layout template is filled with; the template
// sees languages as their codes ("en", "zh").
type layoutData struct {
	Lang, Root, CSP string
	Kind            pageKind
	UI              uiText
	Page            Page
	Gallery         []GalleryEntry
	Nav             []navLink
	Switch          []navLink // the language switch
	PlayerSrc       string    // "" when the page has no figure
}

type navLink struct {
	Href, Text, Lang string // Lang: the code of the page linked to
	Current          bool
}

// Build renders every page of the site into the layout template (the
// repository's top-level index.html, an html/template) and returns the files
// by their path in the site ("index.html", "zh/index.html", "gallery.html",
// "assets/site.css" …). An error lists every wrong figure of every page.
func Build(layoutSrc []byte) (map[string][]byte, error) {
	layout, err := template.New("index.html").Parse(string(layoutSrc))
	if err != nil {
		return nil, fmt.Errorf("index.html: %v", err)
	}
	files := map[string][]byte{}
	for _, name := range []string{"site.css", "site.js"} {
		b, err := assets.ReadFile("assets/" + name)
		if err != nil {
			return nil, err
		}
		files["assets/"+name] = b
	}
	steps := NewStepCounter()
	var errs []error
	for _, l := range Languages {
		for _, kind := range []pageKind{kindWalkthrough, kindGallery, kindEmbedding} {
			b, err := buildPage(layout, kind, l, steps)
			if err != nil {
				errs = append(errs, err)
			}
			files[fileOf(kind, l)] = b
		}
	}
	return files, errors.Join(errs...)
}

// buildPage fills the layout for one page.
func buildPage(layout *template.Template, kind pageKind, l lang.Lang, steps *StepCounter) ([]byte, error) {
	d := layoutData{Lang: l.String(), Root: rootFor(l), CSP: CSP, Kind: kind, UI: textFor(l)}
	var err error
	if kind == kindGallery {
		d.Gallery, err = gallery(l)
		d.Page = Page{Lang: l, Title: d.UI.Gallery}
	} else {
		md, file, ferr := markdownOf(kind, l)
		if ferr != nil {
			return nil, ferr
		}
		d.Page, err = RenderFile("content/"+file, l, md, steps)
	}
	d.Nav, d.Switch = navigation(kind, l)
	if len(d.Page.Figures) > 0 {
		// The sticky player starts at the first figure, in its small layout.
		p := d.Page.Figures[0].Spec.Params()
		p.Compact = true
		d.PlayerSrc = playerURL(l, p)
	}
	var buf bytes.Buffer
	if terr := layout.Execute(&buf, d); terr != nil {
		return nil, terr
	}
	return buf.Bytes(), err
}

// navigation returns the page links of l and the language switch, which
// points at the same page in every language.
func navigation(kind pageKind, l lang.Lang) (nav, sw []navLink) {
	root := rootFor(l)
	t := textFor(l)
	for _, k := range []struct {
		kind pageKind
		text string
	}{{kindWalkthrough, t.Walkthrough}, {kindGallery, t.Gallery}, {kindEmbedding, t.Embedding}} {
		// Pages of one language share a folder: link by base name.
		nav = append(nav, navLink{Href: path.Base(fileOf(k.kind, l)), Text: k.text, Current: k.kind == kind})
	}
	for _, other := range Languages {
		sw = append(sw, navLink{Href: root + fileOf(kind, other), Text: textFor(other).LangName, Lang: other.String(), Current: other == l})
	}
	return nav, sw
}

// gallery lists every scenario with its title and lesson in l (English
// when the scenario has no translation).
func gallery(l lang.Lang) ([]GalleryEntry, error) {
	var out []GalleryEntry
	var errs []error
	for _, name := range inTeachingOrder(content.Names()) {
		src, err := content.Scenario(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sc, err := scenario.Parse(name+".py", src)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		e := GalleryEntry{
			Name:    name,
			Title:   inLang(sc.Title, l, name),
			Lesson:  inLang(sc.Lesson, l, ""),
			Href:    playerURL(l, FigureSpec{Scenario: name, Lang: l}.Params()),
			Picture: rootFor(l) + PicturePath(name, l),
		}
		for _, v := range variants[name] {
			e.Variants = append(e.Variants, Variant{Label: v.label[l],
				Href: playerURL(l, FigureSpec{Scenario: name, Lang: l, Python: v.python, Method: v.method}.Params())})
		}
		out = append(out, e)
	}
	return out, errors.Join(errs...)
}

// inLang picks a scenario header's text in l; the headers key it by code.
func inLang(m map[string]string, l lang.Lang, fallback string) string {
	if s := m[l.String()]; s != "" {
		return s
	}
	if s := m[lang.EN.String()]; s != "" {
		return s
	}
	return fallback
}
