// FuzzParse: on any input the parser and validator must return (no panic,
// no hang, no internal-error fallback), every error must point inside the
// input, every node must span a non-empty stretch of the input inside its
// parent's, and parsing the same input twice must give the same tree. The
// seed corpus is every .py file in the repository plus
// testdata/fuzz/FuzzParse.

package pyast

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// repoPythonFiles lists every .py file under the repository root, in the
// order WalkDir gives (lexical, so deterministic).
func repoPythonFiles(t testing.TB) []string {
	var files []string
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // a directory another helper is rewriting; skip it
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != root {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// lineLengths gives the rune length of each line, splitting on \n, \r\n and
// a lone \r as the tokenizer does.
func lineLengths(src []byte) []int {
	lines := []int{0}
	for i := 0; i < len(src); {
		switch c := src[i]; {
		case c == '\r' && i+1 < len(src) && src[i+1] == '\n':
			i++
		case c == '\r' || c == '\n':
			lines = append(lines, 0)
			i++
		default:
			_, size := utf8.DecodeRune(src[i:])
			i += size
			lines[len(lines)-1]++
		}
	}
	return lines
}

// checkErrorPosition fails unless err is an *Error pointing inside src (a
// column may be one past the end of its line, where a missing token goes).
func checkErrorPosition(t *testing.T, src []byte, err error) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v is %T, not *Error", err, err)
	}
	if strings.Contains(e.Msg, "internal error") {
		t.Fatalf("parser bug on %q: %v", src, err)
	}
	lines := lineLengths(src)
	if e.Pos.Line < 1 || e.Pos.Line > len(lines) || e.Pos.Col < 1 || e.Pos.Col > lines[e.Pos.Line-1]+1 {
		t.Fatalf("error position %v outside the input (%d lines) for %q: %v", e.Pos, len(lines), src, err)
	}
}

// checkSpans fails unless every node under m ends after it starts, ends
// inside src, and lies inside its parent. Decorators are the one exception
// CPython has: they precede the `def` or `class` where their definition
// starts. (The Module itself is empty when the file has no statements.)
func checkSpans(t *testing.T, src []byte, m *Module) {
	t.Helper()
	lines := lineLengths(src)
	before := func(a, b Pos) bool { return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col }
	var stack []Node
	Inspect(m, func(n Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		p, e := n.Position(), n.EndPosition()
		switch {
		case n == Node(m):
		case !before(p, e):
			t.Fatalf("%T spans %v-%v in %q", n, p, e, src)
		case e.Line > len(lines) || e.Col > lines[e.Line-1]+1:
			t.Fatalf("%T ends at %v, outside the input, in %q", n, e, src)
		}
		if len(stack) > 0 {
			parent := stack[len(stack)-1]
			if before(parent.EndPosition(), e) ||
				before(p, parent.Position()) && !isDefinition(parent) {
				t.Fatalf("%T at %v-%v lies outside its parent %T at %v-%v in %q",
					n, p, e, parent, parent.Position(), parent.EndPosition(), src)
			}
		}
		stack = append(stack, n)
		return true
	})
}

func isDefinition(n Node) bool {
	switch n.(type) {
	case *FunctionDef, *ClassDef:
		return true
	}
	return false
}

// languageSeeds are short forms of the constructs of issue 14 (with,
// generators, decorators), near-misses included, so mutations start from
// their edges.
var languageSeeds = []string{
	"with a:\n    pass\n",
	"with a as b, c as (d, *e):\n    pass\n",
	"with (a as b, c):\n    pass\n",
	"with (a, b) as c:\n    pass\n",
	"with a as b.c[0]:\n    return\n",
	"with a as :\n    pass\n",
	"with:\n    pass\n",
	"def g():\n    x = yield\n    yield from h(x)\n    return (yield)\n",
	"s = sum(x * x for x in r if x)\nt = list((a, b) for a in c for b in d)\n",
	"f(x for x in y, 1)\n",
	"def g():\n    [(yield) for y in z]\n",
	"yield\n",
	"def g():\n    yield from\n",
	"f = lambda: (yield)\n",
	"@a.b(c)\n@d[0]\n@(lambda f: f)\ndef g():\n    pass\n",
	"@register\nclass C:\n    __slots__ = ('x', 'y')\n",
	"@\nclass C:\n    pass\n",
	"if (n := len(a)) > 3:\n    x = [y for v in w if (y := v)]\n",
	"[x := 1 for x in y]\n[y for x in (z := [1])]\n",
	"(a.b := 1)\n",
}

func FuzzParse(f *testing.F) {
	for _, file := range repoPythonFiles(f) {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	for _, tc := range syntaxErrorCases {
		f.Add([]byte(tc.src))
	}
	for _, src := range languageSeeds {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := Parse("fuzz.py", src)
		if err != nil {
			checkErrorPosition(t, src, err)
			return
		}
		checkSpans(t, src, m)
		again, err := Parse("fuzz.py", src)
		if err != nil || Dump(again) != Dump(m) {
			t.Fatalf("parsing %q twice gave different results (%v)", src, err)
		}
		if err := Validate(m); err != nil {
			checkErrorPosition(t, src, err)
		}
	})
}

func TestRepoPythonFilesParse(t *testing.T) {
	for _, file := range repoPythonFiles(t) {
		src, err := os.ReadFile(file)
		if err != nil {
			continue
		}
		if _, err := Parse(file, src); err != nil && !strings.Contains(file, "testdata") {
			t.Errorf("%v", err)
		}
	}
}
