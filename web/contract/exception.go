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
	PID     kernel.PID
	Line    int    // in the scenario's file; 0 if no frame is in it
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
	for _, m := range frameLine.FindAllStringSubmatch(tb, -1) {
		if m[1] == file {
			ex.Line, _ = strconv.Atoi(m[2])
		}
	}
	lines := strings.Split(strings.TrimRight(tb, "\n"), "\n")
	ex.Message = strings.TrimSpace(lines[len(lines)-1])
	return ex, true
}
