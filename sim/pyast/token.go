// This file defines the tokens the tokenizer hands to the parser. The kinds
// follow CPython 3.12's Grammar/Tokens, with PEP 701's FSTRING_START /
// FSTRING_MIDDLE / FSTRING_END and the braces that delimit a replacement field.

package pyast

import "fmt"

type tokKind uint8

const (
	tokEOF     tokKind = iota // ENDMARKER
	tokNewline                // end of a logical line
	tokIndent
	tokDedent
	tokName   // identifiers and keywords (keywords are told apart by the parser)
	tokNumber // text holds the literal as written
	tokString // a complete string or bytes literal; text holds the decoded value
	tokFStart // f" or rf''' and so on: the start of an f-string
	tokFMiddle
	tokFEnd
	tokFLBrace // '{' opening a replacement field of an f-string
	tokFRBrace // '}' closing a replacement field
	tokOp      // operators and delimiters; text holds the operator
	tokError   // text holds the message; the position is where it applies
)

var tokKindNames = [...]string{
	tokEOF:     "end of file",
	tokNewline: "newline",
	tokIndent:  "indent",
	tokDedent:  "dedent",
	tokName:    "name",
	tokNumber:  "number",
	tokString:  "string",
	tokFStart:  "f-string start",
	tokFMiddle: "f-string text",
	tokFEnd:    "f-string end",
	tokFLBrace: "'{'",
	tokFRBrace: "'}'",
	tokOp:      "operator",
	tokError:   "error",
}

func (k tokKind) String() string {
	if int(k) < len(tokKindNames) {
		return tokKindNames[k]
	}
	return fmt.Sprintf("tokKind(%d)", uint8(k))
}

// token is one token. off and end are byte offsets into the source, used to
// recover the source text of an f-string's `{x=}` field and to tell whether
// two tokens touch. endPos is the position just past the token, where a
// node that ends with it ends. kind sits with the flags so that they share
// one word: the parser copies tokens often.
type token struct {
	pos    Pos
	endPos Pos
	off    int
	end    int
	text   string
	kind   tokKind
	bytes  bool // tokString: a b'' literal, text holds its bytes

	// unclosed marks the tokError for a bracket still open at the end of
	// the file, and quiet the errors CPython's tokenizer reports without
	// raising at once (indentation errors and an unexpected end of file):
	// both are treated apart when they follow a parser error.
	unclosed bool
	quiet    bool
}

// is reports whether t is the operator or keyword s.
func (t *token) is(s string) bool {
	return (t.kind == tokOp || t.kind == tokName) && t.text == s
}

// keywords are Python 3.12's hard keywords (Lib/keyword.py kwlist).
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true,
	"assert": true, "async": true, "await": true, "break": true, "class": true,
	"continue": true, "def": true, "del": true, "elif": true, "else": true,
	"except": true, "finally": true, "for": true, "from": true, "global": true,
	"if": true, "import": true, "in": true, "is": true, "lambda": true,
	"nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true,
}

// isKeyword reports whether t is a hard keyword.
func (t *token) isKeyword() bool { return t.kind == tokName && keywords[t.text] }

// operatorSet holds Python 3.12's operators and delimiters (Grammar/Tokens);
// the tokenizer takes the longest one that matches.
var operatorSet = setOf(

	"**=", "//=", ">>=", "<<=", "...",
	"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=",
	"/=", "%=", "&=", "|=", "^=", "@=", ":=",
	"+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")",
	"[", "]", "{", "}", ",", ":", ".", ";", "=",
	"!", // EXCLAMATION: a conversion in an f-string, invalid syntax elsewhere
)

func setOf(items ...string) map[string]string {
	m := make(map[string]string, len(items))
	for _, s := range items {
		m[s] = s
	}
	return m
}
