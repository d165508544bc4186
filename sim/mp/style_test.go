package mp

import (
	"strings"
	"testing"
)

// TestFunctionsCiteTheirSource: every class, and every function longer than
// a few lines, opens with a comment (the CPython file, function and versions
// it follows, or why it is the simulator's own), so a learner who steps into
// it knows what it stands for.
func TestFunctionsCiteTheirSource(t *testing.T) {
	for _, m := range Modules() {
		file, src, _ := Source(m)
		lines := strings.Split(string(src), "\n")
		for i, line := range lines {
			trimmed := strings.TrimSpace(line)
			isClass := strings.HasPrefix(trimmed, "class ")
			if !isClass && !strings.HasPrefix(trimmed, "def ") {
				continue
			}
			indent := len(line) - len(trimmed)
			end := i
			for end < len(lines)-1 && !strings.HasSuffix(strings.TrimSpace(lines[end]), ":") {
				end++ // a header continued on the next lines
			}
			body := bodyOf(lines[end+1:], indent)
			if !isClass && len(body) <= 3 {
				continue
			}
			if len(body) == 0 || !strings.HasPrefix(strings.TrimSpace(body[0]), "#") {
				t.Errorf("%s:%d: %q should open with a comment naming what it follows", file, i+1, trimmed)
			}
		}
	}
}

// bodyOf returns the non-blank lines indented deeper than indent, up to the
// first line that is not (the end of the block).
func bodyOf(lines []string, indent int) []string {
	var body []string
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if len(l)-len(strings.TrimLeft(l, " ")) <= indent {
			break
		}
		body = append(body, l)
	}
	return body
}
