// The library's citation rule, shared by the tests of the modelled Python
// (sim/mp, sim/pylib): a class, and a function longer than three lines,
// opens with a comment naming the CPython code it follows, so a learner who
// steps into it knows what each step stands for.

package pyast

import "strings"

// Uncited returns the 0-based line numbers of the class and def headers in
// src whose body does not open with a comment (functions of three lines or
// fewer are exempt).
func Uncited(src string) []int {
	var out []int
	lines := strings.Split(src, "\n")
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
			out = append(out, i)
		}
	}
	return out
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
