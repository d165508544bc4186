// Python exceptions: a process that dies of an uncaught exception prints a
// traceback on stderr, as CPython does; the player marks the innermost
// line of the scenario's own file in its editor.

package contract

import (
	"regexp"
	"strconv"
	"strings"

	"zombielab/sim/kernel"
	"zombielab/sim/playback"
)

// Exception is the latest uncaught exception of the console so far.
type Exception struct {
	PID  kernel.PID
	Line int // in the scenario's file; 0 if no frame is in it
	// Col is where the carets under the line start (3.11+), counted in
	// characters from the first that is not blank, from 1; 0 when no
	// carets were printed.
	Col     int
	Message string // "ZeroDivisionError: division by zero"
}

var frameLine = regexp.MustCompile(`File "([^"]*)", line (\d+)`)

// LatestException finds the last traceback printed on stderr in console and
// the deepest frame of it in file.
func LatestException(console []playback.Output, file string) (Exception, bool) {
	stderr := map[kernel.PID]*strings.Builder{}
	var last kernel.PID
	found := false
	for _, o := range console {
		if o.FD != 2 {
			continue
		}
		b := stderr[o.PID]
		if b == nil {
			b = &strings.Builder{}
			stderr[o.PID] = b
		}
		b.WriteString(o.Text)
		if strings.Contains(b.String(), "Traceback (most recent call last):") {
			last, found = o.PID, true
		}
	}
	if !found {
		return Exception{}, false
	}
	text := stderr[last].String()
	tb := text[strings.LastIndex(text, "Traceback (most recent call last):"):]
	ex := Exception{PID: last}
	lines := strings.Split(strings.TrimRight(tb, "\n"), "\n")
	for i, l := range lines {
		if m := frameLine.FindStringSubmatch(l); m != nil && m[1] == file {
			ex.Line, _ = strconv.Atoi(m[2])
			ex.Col = 0
			if i+2 < len(lines) {
				ex.Col = caretCol(lines[i+1], lines[i+2])
			}
		}
	}
	ex.Message = strings.TrimSpace(lines[len(lines)-1])
	return ex, true
}

// caretCol is where the carets of caret line start in source line src (as
// a traceback prints them, indented), in characters from src's first that
// is not blank, from 1; 0 when caret is not a caret line. A wide (CJK)
// character takes two columns of the carets.
func caretCol(src, caret string) int {
	t := strings.TrimLeft(caret, " ")
	if t == "" || strings.Trim(t, "~^") != "" {
		return 0
	}
	at := len(caret) - len(t) // the carets' column
	text := strings.TrimLeft(src, " ")
	width := len(src) - len(text) // where src's text starts
	n := 1
	for _, r := range text {
		if width >= at {
			break
		}
		width++
		if r >= 0x1100 && wide(r) {
			width++
		}
		n++
	}
	return n
}

// wide reports the characters a terminal draws two columns wide: the East
// Asian ranges the player's CJK font covers, and emoji.
func wide(r rune) bool {
	return r >= 0x1100 && r <= 0x115f || r >= 0x2e80 && r <= 0xa4cf || r >= 0xac00 && r <= 0xd7a3 ||
		r >= 0xf900 && r <= 0xfaff || r >= 0xfe30 && r <= 0xfe4f || r >= 0xff00 && r <= 0xff60 ||
		r >= 0xffe0 && r <= 0xffe6 || r >= 0x1f300 && r <= 0x1faff || r >= 0x20000 && r <= 0x3fffd
}
