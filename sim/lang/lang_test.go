package lang

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Lang
		ok   bool
	}{
		{"en", EN, true},
		{"zh", ZH, true},
		{"zh-CN", ZH, true},
		{"zh-Hans-CN", ZH, true},
		{"zh_TW", ZH, true},
		{"ZH", ZH, true},
		{"en-GB", EN, true},
		{"", EN, false},
		{"fr", EN, false},
		{"zhx", EN, false},
		{"-zh", EN, false},
		{"english", EN, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := Parse(tc.in)
			if (err == nil) != tc.ok || got != tc.want {
				t.Fatalf("Parse(%q) = %v, %v; want %v, ok=%v", tc.in, got, err, tc.want, tc.ok)
			}
			if err != nil && !strings.Contains(err.Error(), "want en or zh") {
				t.Errorf("the error %q should list the choices", err)
			}
		})
	}
}

// TestRoundTrip: every language's code parses back to it, and JSON carries
// the code.
func TestRoundTrip(t *testing.T) {
	for _, l := range All() {
		if got, err := Parse(l.String()); err != nil || got != l {
			t.Errorf("Parse(%q) = %v, %v", l.String(), got, err)
		}
		b, err := json.Marshal(l)
		if err != nil || string(b) != `"`+l.String()+`"` {
			t.Errorf("json.Marshal(%v) = %s, %v", l, b, err)
		}
		var back Lang
		if err := json.Unmarshal(b, &back); err != nil || back != l {
			t.Errorf("json.Unmarshal(%s) = %v, %v", b, back, err)
		}
	}
	if s := Lang(9).String(); s != "Lang(9)" {
		t.Errorf("an unknown language prints as %q", s)
	}
	if _, err := json.Marshal(Lang(9)); err == nil {
		t.Error("an unknown language marshals without an error")
	}
}

func TestAllIsACopy(t *testing.T) {
	a := All()
	a[0] = ZH
	if All()[0] != EN {
		t.Error("All shares its slice: a caller changed the languages")
	}
}
