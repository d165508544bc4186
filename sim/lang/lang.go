// The languages, their codes and the parser of a code or tag.

package lang

import (
	"fmt"
	"strings"
)

// Lang is a language zombielab is written in. The zero value is English,
// the default everywhere.
type Lang uint8

const (
	EN Lang = iota // English
	ZH             // Chinese (simplified, as the walkthrough is written)
)

// codes are the languages' ISO 639-1 codes, indexed by Lang.
var codes = [...]string{EN: "en", ZH: "zh"}

// All returns the languages in order, English first.
func All() []Lang { return []Lang{EN, ZH} }

// String returns the language's code: "en" or "zh".
func (l Lang) String() string {
	if int(l) < len(codes) {
		return codes[l]
	}
	return fmt.Sprintf("Lang(%d)", uint8(l))
}

// Choices names the languages for messages that ask for one: "en or zh".
func Choices() string {
	all := All()
	names := make([]string, len(all))
	for i, l := range all {
		names[i] = l.String()
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// Parse reads a language code ("en", "zh") or a tag that starts with one
// (BCP 47 "zh-CN", "zh-Hans", or POSIX "en_US"), in any case.
func Parse(s string) (Lang, error) {
	primary := s
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		primary = s[:i]
	}
	for _, l := range All() {
		if strings.EqualFold(primary, l.String()) {
			return l, nil
		}
	}
	return EN, fmt.Errorf("language %q: want %s (a tag such as zh-CN names its language)", s, Choices())
}

// MarshalText writes the code, so that JSON carries "zh", not 1.
func (l Lang) MarshalText() ([]byte, error) {
	if int(l) >= len(codes) {
		return nil, fmt.Errorf("lang: no language %d", uint8(l))
	}
	return []byte(l.String()), nil
}

// UnmarshalText reads what Parse reads.
func (l *Lang) UnmarshalText(b []byte) error {
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}
