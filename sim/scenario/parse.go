// Reading a scenario's comments: the header block (settings and bilingual
// metadata) and the checkpoints, with file:line:col errors.

package scenario

import (
	"sort"
	"strings"
)

// Parse reads the comments of the scenario file name with contents src.
// Every problem found is reported, as an ErrorList.
func Parse(name string, src []byte) (*Scenario, error) {
	p := &parser{
		sc:   &Scenario{Name: name, Title: map[string]string{}, Lesson: map[string]string{}, Verify: true},
		errs: ErrorList{},
		file: name,
	}
	lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	inHeader := true
	for i, line := range lines {
		n := i + 1
		text := strings.TrimSpace(line)
		if text == "" {
			continue
		}
		if !strings.HasPrefix(text, "#") {
			inHeader = false
			continue
		}
		col := strings.Index(line, "#") + 1
		p.comment(n, col, strings.TrimSpace(text[1:]), inHeader, lines)
	}
	p.checkUnique()
	p.checkUntilLabel()
	if len(p.errs) > 0 {
		sort.SliceStable(p.errs, func(i, j int) bool { return p.errs[i].Line < p.errs[j].Line })
		return nil, p.errs
	}
	return p.sc, nil
}

type parser struct {
	sc      *Scenario
	errs    ErrorList
	file    string
	untilAt [2]int // line and column of an until=LABEL#N setting
}

func (p *parser) errorf(line, col int, format string, args ...any) {
	p.errs = append(p.errs, newError(p.file, line, col, format, args...))
}

// comment handles one comment line; body is the text after "#", trimmed.
func (p *parser) comment(line, col int, body string, inHeader bool, lines []string) {
	key, value, ok := strings.Cut(body, ":")
	if !ok {
		return
	}
	key = strings.TrimSpace(key)
	value = strings.TrimSpace(value)
	if key == "checkpoint" {
		p.checkpoint(line, col, value, lines)
		return
	}
	if !isHeaderKey(key) {
		return
	}
	if !inHeader {
		p.errorf(line, col, "%q belongs in the header: move it above the first statement", key+":")
		return
	}
	if key == "zombielab" {
		p.settings(line, col, lines[line-1], value)
		return
	}
	p.metadata(key, value)
}

func isHeaderKey(key string) bool {
	switch key {
	case "zombielab", "title", "title.zh", "lesson", "lesson.zh", "verify.reason":
		return true
	}
	return false
}

// metadata appends to a title, lesson or reason; a key repeated on several
// lines continues the same paragraph (joined by a space in English, with
// nothing in Chinese, which does not separate words).
func (p *parser) metadata(key, value string) {
	name, lang, _ := strings.Cut(key, ".")
	if lang == "" {
		lang = "en"
	}
	join := func(old string) string {
		switch {
		case old == "":
			return value
		case lang == "zh":
			return old + value
		}
		return old + " " + value
	}
	switch name {
	case "title":
		p.sc.Title[lang] = join(p.sc.Title[lang])
	case "lesson":
		p.sc.Lesson[lang] = join(p.sc.Lesson[lang])
	case "verify":
		p.sc.VerifyReason = join(p.sc.VerifyReason)
	}
}
