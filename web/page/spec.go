// The ```zombielab fence's attributes: what a figure shows, parsed from the
// fence's info string (key=value or key="quoted value", separated by
// spaces), with errors at the column where they happen.

package page

import (
	"fmt"
	"strconv"
	"strings"

	"zombielab/sim/lang"
)

// FenceLanguage is the info-string word that makes a fenced block a figure.
const FenceLanguage = "zombielab"

// FigureSpec is what one figure shows and, for predict-then-reveal, asks.
type FigureSpec struct {
	Scenario string    // a gallery name (content.Scenario)
	Step     int       // the player's step: the index of a line record of the trace
	Python   string    // "3.8" … "3.14"; "" the scenario's header or default
	Method   string    // fork, spawn, forkserver; "" the version's default
	Lang     lang.Lang // the player's language: lang= if given, else the page's
	Caption  string    // plain text; the block's body when the attribute is absent

	// Predict, then reveal: Question is asked with Answers to choose from;
	// Answer is the right one (one of Answers); the reveal plays the
	// scenario from Step to Reveal.
	Question string
	Answers  []string
	Answer   string
	Reveal   int
}

// HasQuestion reports whether the figure asks something.
func (s FigureSpec) HasQuestion() bool { return s.Question != "" }

// specKeys lists the attributes in the order errors name them.
var specKeys = []string{"scenario", "step", "python", "method", "lang", "caption", "question", "answers", "answer", "reveal"}

// specError is a problem at a byte offset of the info string.
type specError struct {
	off int
	msg string
}

// parseSpec reads the attributes that follow the fence's language word on
// a page written in page. It also returns where each attribute's key
// starts; offsets, in errors too, are relative to the start of attrs.
func parseSpec(attrs string, page lang.Lang) (FigureSpec, map[string]int, []specError) {
	spec := FigureSpec{Lang: page}
	var errs []specError
	seen := map[string]int{}
	sc := attrScanner{s: attrs}
	for {
		key, value, at, err := sc.next()
		if err != nil {
			errs = append(errs, *err)
			break
		}
		if key == "" {
			break
		}
		if _, dup := seen[key]; dup {
			errs = append(errs, specError{at, fmt.Sprintf("attribute %s is given twice", key)})
			continue
		}
		seen[key] = at
		if msg := spec.set(key, value); msg != "" {
			errs = append(errs, specError{at, msg})
		}
	}
	if _, ok := seen["scenario"]; !ok && len(errs) == 0 {
		errs = append(errs, specError{0, "a ```zombielab block needs scenario=NAME (a gallery scenario)"})
	}
	return spec, seen, errs
}

// set stores one attribute; it returns what is wrong with it, or "".
func (s *FigureSpec) set(key, value string) string {
	switch key {
	case "scenario":
		s.Scenario = value
	case "step":
		return setInt(&s.Step, key, value)
	case "reveal":
		return setInt(&s.Reveal, key, value)
	case "python":
		s.Python = value
	case "method":
		if value != "fork" && value != "spawn" && value != "forkserver" {
			return fmt.Sprintf("method=%q: want fork, spawn or forkserver", value)
		}
		s.Method = value
	case "lang":
		l, err := lang.Parse(value)
		if err != nil {
			return fmt.Sprintf("lang=%q: want %s", value, lang.Choices())
		}
		s.Lang = l
	case "caption":
		s.Caption = value
	case "question":
		s.Question = value
	case "answers":
		s.Answers = strings.Split(value, "|")
	case "answer":
		s.Answer = value
	default:
		return fmt.Sprintf("unknown attribute %q: want one of %s", key, strings.Join(specKeys, ", "))
	}
	return ""
}

func setInt(to *int, key, value string) string {
	n, err := strconv.Atoi(value)
	if err != nil || n < 0 {
		return fmt.Sprintf("%s=%q: want a step number, 0 or more", key, value)
	}
	*to = n
	return ""
}

// attrScanner splits key=value pairs.
type attrScanner struct {
	s   string
	pos int
}

// next returns the next pair and the offset of its key; an empty key at the
// end of the input.
func (sc *attrScanner) next() (key, value string, at int, err *specError) {
	for sc.pos < len(sc.s) && (sc.s[sc.pos] == ' ' || sc.s[sc.pos] == '\t') {
		sc.pos++
	}
	at = sc.pos
	if sc.pos == len(sc.s) {
		return "", "", at, nil
	}
	for sc.pos < len(sc.s) && isKeyByte(sc.s[sc.pos]) {
		sc.pos++
	}
	key = sc.s[at:sc.pos]
	if key == "" || sc.pos == len(sc.s) || sc.s[sc.pos] != '=' {
		return "", "", at, &specError{at, "want key=value (for example scenario=seed-loop step=12)"}
	}
	sc.pos++
	if sc.pos < len(sc.s) && sc.s[sc.pos] == '"' {
		value, err = sc.quoted()
		return key, value, at, err
	}
	start := sc.pos
	for sc.pos < len(sc.s) && sc.s[sc.pos] != ' ' && sc.s[sc.pos] != '\t' {
		if sc.s[sc.pos] == '"' {
			return "", "", sc.pos, &specError{sc.pos, "a quote inside an unquoted value: quote the whole value"}
		}
		sc.pos++
	}
	return key, sc.s[start:sc.pos], at, nil
}

// quoted reads a "…" value with \" and \\ escapes.
func (sc *attrScanner) quoted() (string, *specError) {
	open := sc.pos
	sc.pos++
	var b strings.Builder
	for sc.pos < len(sc.s) {
		c := sc.s[sc.pos]
		switch {
		case c == '"':
			sc.pos++
			if sc.pos < len(sc.s) && sc.s[sc.pos] != ' ' && sc.s[sc.pos] != '\t' {
				return "", &specError{sc.pos, "want a space after a quoted value"}
			}
			return b.String(), nil
		case c == '\\' && sc.pos+1 < len(sc.s) && (sc.s[sc.pos+1] == '"' || sc.s[sc.pos+1] == '\\'):
			b.WriteByte(sc.s[sc.pos+1])
			sc.pos += 2
		default:
			b.WriteByte(c)
			sc.pos++
		}
	}
	return "", &specError{open, "unterminated quoted value: add the closing \""}
}

func isKeyByte(c byte) bool { return c >= 'a' && c <= 'z' || c == '_' }
