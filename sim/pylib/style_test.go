package pylib

import (
	"regexp"
	"strings"
	"testing"
)

// cpythonSource is what a module's opening comment must name: the CPython
// file it follows and the versions ("Lib/json/__init__.py (3.8-3.14)").
var cpythonSource = regexp.MustCompile(`Lib/[\w/]+\.py|Modules/\w+\.c`)

// TestModulesCiteTheirSource: every module opens with a comment naming
// the CPython file and versions it follows, and every class opens with a
// comment saying what it stands for, so a learner who steps into the
// library knows what they are reading.
func TestModulesCiteTheirSource(t *testing.T) {
	for _, m := range allFiles(t) {
		file, src, _ := Source(m)
		text := string(src)
		header := leadingComment(text)
		if !strings.HasPrefix(m, "_") && !strings.Contains(m, "._") {
			if !cpythonSource.MatchString(header) || !strings.Contains(header, "3.8") {
				t.Errorf("%s: the opening comment should name the CPython file and the versions it follows", file)
			}
		} else if header == "" {
			t.Errorf("%s: the opening comment should say what this private module is for", file)
		}
		lines := strings.Split(text, "\n")
		for i, line := range lines {
			trimmed := strings.TrimSpace(line)
			if !strings.HasPrefix(trimmed, "class ") {
				continue
			}
			next := ""
			for _, l := range lines[i+1:] {
				if s := strings.TrimSpace(l); s != "" {
					next = s
					break
				}
			}
			if !strings.HasPrefix(next, "#") {
				t.Errorf("%s:%d: %q should open with a comment naming what it follows", file, i+1, trimmed)
			}
		}
	}
}

// allFiles lists every embedded module, private ones included.
func allFiles(t *testing.T) []string {
	mods := Modules()
	for _, private := range []string{"_text", "__future__"} {
		if _, _, ok := Source(private); !ok {
			t.Errorf("private module %s missing", private)
		}
		mods = append(mods, private)
	}
	return mods
}

func leadingComment(src string) string {
	var b strings.Builder
	for _, line := range strings.Split(src, "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}
