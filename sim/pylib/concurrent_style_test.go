package pylib

import (
	"strings"
	"testing"
)

// TestConcurrentFunctionsCiteTheirSource holds concurrent.futures to the
// rule sim/mp's style test sets for multiprocessing: every class, and every
// function longer than a few lines, opens with a comment (the CPython file
// and function it follows), so a learner who steps into an executor knows
// what each step stands for.
func TestConcurrentFunctionsCiteTheirSource(t *testing.T) {
	n := 0
	for _, m := range append(Modules(), "concurrent.futures._base") {
		if m != "concurrent" && !strings.HasPrefix(m, "concurrent.") {
			continue
		}
		n++
		file, src, _ := Source(m)
		lines := strings.Split(string(src), "\n")
		for i, line := range lines {
			trimmed := strings.TrimSpace(line)
			isClass := strings.HasPrefix(trimmed, "class ")
			if !isClass && !strings.HasPrefix(trimmed, "def ") {
				continue
			}
			end := i
			for end < len(lines)-1 && !strings.HasSuffix(strings.TrimSpace(lines[end]), ":") {
				end++ // a header continued on the next lines
			}
			body := blockBody(lines[end+1:], len(line)-len(strings.TrimLeft(line, " ")))
			if !isClass && len(body) <= 3 {
				continue
			}
			if len(body) == 0 || !strings.HasPrefix(strings.TrimSpace(body[0]), "#") {
				t.Errorf("%s:%d: %q should open with a comment naming what it follows", file, i+1, trimmed)
			}
		}
	}
	if n < 5 {
		t.Errorf("found %d concurrent modules, want concurrent, futures, _base, thread, process", n)
	}
}

// blockBody returns the non-blank lines indented deeper than indent, up to
// the first line that is not (the end of the block).
func blockBody(lines []string, indent int) []string {
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
