// Tokenizer tests: the token stream of every testdata/*.py must match
// CPython 3.12's Lib/tokenize.py as recorded in testdata/*.tok by
// testdata/cpython_reference.py, and a table of small cases pins down
// INDENT/DEDENT, NEWLINE versus NL, and f-string tokens.

package pyast

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// cpythonTokenName is the name Lib/tokenize.py gives a token kind.
func cpythonTokenName(k tokKind) string {
	switch k {
	case tokName:
		return "NAME"
	case tokNumber:
		return "NUMBER"
	case tokString:
		return "STRING"
	case tokFStart:
		return "FSTRING_START"
	case tokFMiddle:
		return "FSTRING_MIDDLE"
	case tokFEnd:
		return "FSTRING_END"
	case tokOp, tokFLBrace, tokFRBrace:
		return "OP"
	case tokNewline:
		return "NEWLINE"
	case tokIndent:
		return "INDENT"
	case tokDedent:
		return "DEDENT"
	case tokEOF:
		return "ENDMARKER"
	}
	return "ERRORTOKEN"
}

// tokenLines lexes src to the end in the .tok format.
func tokenLines(src []byte) []string {
	l := newLexer(src, Pos{1, 1})
	var out []string
	for {
		t := l.next()
		name := cpythonTokenName(t.kind)
		switch t.kind {
		case tokFMiddle:
			continue
		case tokIndent, tokDedent, tokEOF:
			out = append(out, fmt.Sprintf("%s %d", name, t.pos.Line))
		case tokName, tokNumber, tokOp, tokFLBrace, tokFRBrace:
			out = append(out, fmt.Sprintf("%s %s %s", name, t.text, t.pos))
		case tokError:
			return append(out, "ERROR "+t.text)
		default:
			out = append(out, fmt.Sprintf("%s %s", name, t.pos))
		}
		if t.kind == tokEOF {
			return out
		}
	}
}

func TestTokensMatchCPython(t *testing.T) {
	for _, file := range goldenInputs(t) {
		want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".tok")
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		t.Run(file, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := tokenLines(src)
			wantLines := strings.Split(strings.TrimSuffix(string(want), "\n"), "\n")
			if n := len(lineLengths(src)); !strings.HasSuffix(string(src), "\n") {
				// With no final newline CPython puts the closing DEDENTs and
				// ENDMARKER on a line after the last; pyast keeps them on the
				// last line, so that errors found there point inside the file.
				for i, w := range wantLines {
					for _, kind := range []string{"DEDENT", "ENDMARKER"} {
						if w == fmt.Sprintf("%s %d", kind, n+1) {
							wantLines[i] = fmt.Sprintf("%s %d", kind, n)
						}
					}
				}
			}
			for i := 0; i < len(got) || i < len(wantLines); i++ {
				var g, w string
				if i < len(got) {
					g = got[i]
				}
				if i < len(wantLines) {
					w = wantLines[i]
				}
				if g != w {
					t.Fatalf("token %d: got %q, CPython %q", i+1, g, w)
				}
			}
		})
	}
}

func TestTokens(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"blank and comment lines make no tokens", "\n# c\n\nx\n", "NAME x 4:1|NEWLINE 4:2|ENDMARKER 5"},
		{"indent and dedent", "if x:\n  y\nz\n", "NAME if 1:1|NAME x 1:4|OP : 1:5|NEWLINE 1:6|INDENT 2|NAME y 2:3|NEWLINE 2:4|DEDENT 3|NAME z 3:1|NEWLINE 3:2|ENDMARKER 4"},
		{"dedent several levels at eof", "if a:\n if b:\n  c", "NAME if 1:1|NAME a 1:4|OP : 1:5|NEWLINE 1:6|INDENT 2|NAME if 2:2|NAME b 2:5|OP : 2:6|NEWLINE 2:7|INDENT 3|NAME c 3:3|NEWLINE 3:4|DEDENT 3|DEDENT 3|ENDMARKER 3"},
		{"tab to column 8 equals 8 spaces in a block", "if a:\n\tb\n\tc\n", "NAME if 1:1|NAME a 1:4|OP : 1:5|NEWLINE 1:6|INDENT 2|NAME b 2:2|NEWLINE 2:3|NAME c 3:2|NEWLINE 3:3|DEDENT 4|ENDMARKER 4"},
		{"no NEWLINE inside brackets", "(a,\n b)\n", "OP ( 1:1|NAME a 1:2|OP , 1:3|NAME b 2:2|OP ) 2:3|NEWLINE 2:4|ENDMARKER 3"},
		{"backslash continuation", "a = \\\n  1\n", "NAME a 1:1|OP = 1:3|NUMBER 1 2:3|NEWLINE 2:4|ENDMARKER 3"},
		{"longest operator", "a **= b // c ... -> :=", "NAME a 1:1|OP **= 1:3|NAME b 1:7|OP // 1:9|NAME c 1:12|OP ... 1:14|OP -> 1:18|OP := 1:21|NEWLINE 1:23|ENDMARKER 1"},
		{"string prefixes", "rb'x' Br'y' f'z' u'w'", "STRING 1:1|STRING 1:7|FSTRING_START 1:13|FSTRING_END 1:16|STRING 1:18|NEWLINE 1:22|ENDMARKER 1"},
		{"f-string field tokens", "f'{a!r:>{w}}'", "FSTRING_START 1:1|OP { 1:3|NAME a 1:4|OP ! 1:5|NAME r 1:6|OP : 1:7|OP { 1:9|NAME w 1:10|OP } 1:11|OP } 1:12|FSTRING_END 1:13|NEWLINE 1:14|ENDMARKER 1"},
		{"f-string brackets hide colon", "f'{d[1:2]}'", "FSTRING_START 1:1|OP { 1:3|NAME d 1:4|OP [ 1:5|NUMBER 1 1:6|OP : 1:7|NUMBER 2 1:8|OP ] 1:9|OP } 1:10|FSTRING_END 1:11|NEWLINE 1:12|ENDMARKER 1"},
		{"f-string not-equal is an operator", "f'{a!=b}'", "FSTRING_START 1:1|OP { 1:3|NAME a 1:4|OP != 1:5|NAME b 1:7|OP } 1:8|FSTRING_END 1:9|NEWLINE 1:10|ENDMARKER 1"},
		{"numbers", "0 0x_F 1_0.5e-3 2j .5", "NUMBER 0 1:1|NUMBER 0x_F 1:3|NUMBER 1_0.5e-3 1:8|NUMBER 2j 1:17|NUMBER .5 1:20|NEWLINE 1:22|ENDMARKER 1"},
		{"unicode identifier columns in runes", "ñandú = 'é'; z", "NAME ñandú 1:1|OP = 1:7|STRING 1:9|OP ; 1:12|NAME z 1:14|NEWLINE 1:15|ENDMARKER 1"},
		{"lone carriage returns end lines", "a\rb\r", "NAME a 1:1|NEWLINE 1:2|NAME b 2:1|NEWLINE 2:2|ENDMARKER 3"},
		{"error is sticky", "a ? b", "NAME a 1:1|ERROR invalid syntax"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(tokenLines([]byte(tc.src)), "|")
			if got != tc.want {
				t.Errorf("tokens of %q\n got: %s\nwant: %s", tc.src, got, tc.want)
			}
		})
	}
}
