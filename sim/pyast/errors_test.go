// Error cases: each input must fail with exactly this file:line:col: message.
// Messages follow CPython 3.12's wording; columns are 1-based runes.

package pyast

import "testing"

var syntaxErrorCases = []struct {
	name, src, want string
}{
	{"invalid syntax", "a = 1 2\n", "e.py:1:7: invalid syntax"},
	{"missing colon", "if x\n    pass\n", "e.py:1:5: expected ':'"},
	{"missing colon on while else", "while x: y\nelse x\n", "e.py:2:6: expected ':'"},
	{"unexpected indent", "x = 1\n    y = 2\n", "e.py:2:4: unexpected indent"},
	{"unexpected indent at start", "  x = 1\n", "e.py:1:2: unexpected indent"},
	{"unindent mismatch", "if x:\n    a\n  b\n", "e.py:3:4: unindent does not match any outer indentation level"},
	{"unexpected indent with a tab", "x\n\ty\n", "e.py:2:1: unexpected indent"},
	{"unindent mismatch points past the line", "def f():\n  x\n y = 1\n", "e.py:3:7: unindent does not match any outer indentation level"},
	{"expected indented block if", "if x:\npass\n", "e.py:2:1: expected an indented block after 'if' statement on line 1"},
	{"expected indented block def", "def f():\n\nx = 1\n", "e.py:3:1: expected an indented block after function definition on line 1"},
	{"expected indented block at eof", "class C:\n", "e.py:1:9: expected an indented block after class definition on line 1"},
	{"expected indented block elif", "if a:\n  x\nelif b:\nx\n", "e.py:4:1: expected an indented block after 'elif' statement on line 3"},
	{"tabs and spaces", "if x:\n        a\n\tb\n", "e.py:3:1: inconsistent use of tabs and spaces in indentation"},
	{"unterminated string", "x = 'abc\n", "e.py:1:5: unterminated string literal (detected at line 1)"},
	{"unterminated triple string", "x = \"\"\"abc\n\ny\n", "e.py:1:5: unterminated triple-quoted string literal (detected at line 3)"},
	{"paren never closed", "x = (1,\n     2\n", "e.py:1:5: '(' was never closed"},
	{"bracket never closed", "f(\n", "e.py:1:2: '(' was never closed"},
	{"unmatched close", "x)\n", "e.py:1:2: unmatched ')'"},
	{"mismatched close", "[1, 2)\n", "e.py:1:6: closing parenthesis ')' does not match opening parenthesis '['"},
	{"mismatched close other line", "[1,\n2)\n", "e.py:2:2: closing parenthesis ')' does not match opening parenthesis '[' on line 1"},
	{"invalid character", "a € b\n", "e.py:1:3: invalid character '€' (U+20AC)"},
	{"non-printable character", "a\u00a0= 1\n", "e.py:1:2: invalid non-printable character U+00A0"},
	{"dollar", "a $ b\n", "e.py:1:3: invalid syntax"},
	{"lone bang", "a ! b\n", "e.py:1:3: invalid syntax"},
	{"continuation garbage", "x = 1 \\ 2\n", "e.py:1:8: unexpected character after line continuation character"},
	{"continuation at eof", "x = 1 \\", "e.py:1:8: unexpected EOF while parsing"},
	{"continuation then eof", "x = 1 \\\n", "e.py:1:8: unexpected EOF while parsing"},
	{"only a continuation", "\\\r\n", "e.py:1:2: unexpected EOF while parsing"},
	{"incomplete expression", "x +\n", "e.py:1:4: invalid syntax"},
	{"block missing at eof", "if x:", "e.py:1:6: expected an indented block after 'if' statement on line 1"},
	{"leading zeros", "x = 01\n", "e.py:1:5: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
	{"empty hex", "x = 0x\n", "e.py:1:6: invalid hexadecimal literal"},
	{"octal digit", "x = 0o8\n", "e.py:1:7: invalid digit '8' in octal literal"},
	{"binary digit", "x = 0b102\n", "e.py:1:9: invalid digit '2' in binary literal"},
	{"decimal then name", "x = 1abc\n", "e.py:1:5: invalid decimal literal"},
	{"double underscore", "x = 1__0\n", "e.py:1:6: invalid decimal literal"},
	{"trailing underscore", "x = 1_\n", "e.py:1:6: invalid decimal literal"},
	{"hex then letter", "x = 0x1g\n", "e.py:1:7: invalid hexadecimal literal"},
	{"hex underscore at end", "x = 0x1_\n", "e.py:1:8: invalid hexadecimal literal"},
	{"fraction underscore at end", "x = 1.5_\n", "e.py:1:8: invalid decimal literal"},
	{"exponent sign without digits", "x = 1e+\n", "e.py:1:7: invalid decimal literal"},
	{"imaginary then letter", "x = 1jk\n", "e.py:1:6: invalid imaginary literal"},
	{"bad exponent", "x = 1e\n", "e.py:1:5: invalid decimal literal"},
	{"assign to call", "f() = 1\n", "e.py:1:1: cannot assign to function call here. Maybe you meant '==' instead of '='?"},
	{"assign to expression", "a + 1 = 2\n", "e.py:1:1: cannot assign to expression here. Maybe you meant '==' instead of '='?"},
	{"assign to literal", "1 = x\n", "e.py:1:1: cannot assign to literal here. Maybe you meant '==' instead of '='?"},
	{"assign to None", "None = 1\n", "e.py:1:1: cannot assign to None"},
	{"assign to comparison", "a < b = 1\n", "e.py:1:1: cannot assign to comparison"},
	{"assign to call in tuple", "a, f() = 1, 2\n", "e.py:1:4: cannot assign to function call here. Maybe you meant '==' instead of '='?"},
	{"assign to call in list", "[f()] = 1\n", "e.py:1:2: cannot assign to function call"},
	{"assign to call in chain", "x = f() = 1\n", "e.py:1:5: cannot assign to function call"},
	{"assign to literal in parenthesized tuple", "(a, 1) = 2\n", "e.py:1:5: cannot assign to literal"},
	{"assign to yield", "x = yield = 1\n", "e.py:1:5: assignment to yield expression not possible"},
	{"augmented assign to True", "True += 1\n", "e.py:1:1: 'True' is an illegal expression for augmented assignment"},
	{"augmented assign to tuple", "a, b += 1\n", "e.py:1:1: 'tuple' is an illegal expression for augmented assignment"},
	{"delete call", "del f()\n", "e.py:1:5: cannot delete function call"},
	{"delete starred", "del *a, b\n", "e.py:1:5: cannot delete starred"},
	{"for target call", "for f() in x: pass\n", "e.py:1:5: cannot assign to function call"},
	{"for target literal", "for 1 in x: pass\n", "e.py:1:5: cannot assign to literal"},
	{"comprehension target", "[x for 1 in y]\n", "e.py:1:8: cannot assign to literal"},
	{"annotate tuple", "(a, b): int\n", "e.py:1:1: only single target (not tuple) can be annotated"},
	{"annotate list", "[a]: int\n", "e.py:1:1: only single target (not list) can be annotated"},
	{"annotate call", "f(): int\n", "e.py:1:1: illegal target for annotation"},
	{"walrus at statement level", "a := 1\n", "e.py:1:3: invalid syntax"},
	{"walrus on attribute", "(a.b := 1)\n", "e.py:1:2: cannot use assignment expressions with attribute"},
	{"default before non-default", "def f(a=1, b): pass\n", "e.py:1:12: parameter without a default follows parameter with a default"},
	{"bare star alone", "def f(*): pass\n", "e.py:1:7: named arguments must follow bare *"},
	{"bare star then kwargs", "def f(*, **k): pass\n", "e.py:1:7: named arguments must follow bare *"},
	{"star default", "def f(*a=1): pass\n", "e.py:1:9: var-positional argument cannot have default value"},
	{"kwargs default", "def f(**a=1): pass\n", "e.py:1:10: var-keyword argument cannot have default value"},
	{"after kwargs", "def f(**a, b): pass\n", "e.py:1:12: arguments cannot follow var-keyword argument"},
	{"two stars", "def f(*a, *b): pass\n", "e.py:1:11: * argument may appear only once"},
	{"slash first", "def f(/, a): pass\n", "e.py:1:7: at least one argument must precede /"},
	{"slash twice", "def f(a, /, b, /): pass\n", "e.py:1:16: / may appear only once"},
	{"slash after star", "def f(*a, b, /): pass\n", "e.py:1:14: / must be ahead of *"},
	{"annotate lambda", "lambda a: int: a\n", "e.py:1:1: illegal target for annotation"},
	{"positional after keyword", "f(a=1, b)\n", "e.py:1:8: positional argument follows keyword argument"},
	{"positional after kwargs", "f(**a, b)\n", "e.py:1:8: positional argument follows keyword argument unpacking"},
	{"star after kwargs", "f(**a, *b)\n", "e.py:1:8: iterable argument unpacking follows keyword argument unpacking"},
	{"keyword is expression", "f(a.b=1)\n", "e.py:1:3: expression cannot contain assignment, perhaps you meant \"==\"?"},
	{"keyword True", "f(True=1)\n", "e.py:1:3: cannot assign to True"},
	{"unparenthesized genexp", "f(x for x in y, 1)\n", "e.py:1:3: Generator expression must be parenthesized"},
	{"genexp after argument", "f(1, x for x in y)\n", "e.py:1:6: Generator expression must be parenthesized"},
	{"dict missing colon", "x = {**a, b}\n", "e.py:1:12: ':' expected after dictionary key"},
	{"starred alone in parens", "x = (*a)\n", "e.py:1:6: cannot use starred expression here"},
	{"conditional without else", "x = a if b\n", "e.py:1:5: expected 'else' after 'if' expression"},
	{"try alone", "try:\n    pass\nx = 1\n", "e.py:3:1: expected 'except' or 'finally' block"},
	{"try else without except", "try:\n    pass\nelse:\n    pass\n", "e.py:3:1: expected 'except' or 'finally' block"},
	{"for header without colon before more code", "for x in range 10:\n  pass\n", "e.py:1:16: invalid syntax"},
	{"def always wants the colon", "def f() x:\n  pass\n", "e.py:1:9: expected ':'"},
	{"annotation missing", "x:\n", "e.py:1:3: invalid syntax"},
	{"annotation missing after a call", "f():\n", "e.py:1:4: invalid syntax"},
	{"block missing at end of file after blank lines", "if x:\n\n\n", "e.py:3:1: expected an indented block after 'if' statement on line 1"},
	{"block missing at end of file after a comment", "if x:\n  # c\n", "e.py:2:6: expected an indented block after 'if' statement on line 1"},
	{"indentation error does not replace a syntax error", "a b\nif x:\n    y\n  z\n", "e.py:1:3: invalid syntax"},
	{"except without colon", "try:\n    pass\nexcept\n    pass\n", "e.py:3:7: expected ':'"},
	{"except without parens", "try:\n    pass\nexcept A, B:\n    pass\n", "e.py:3:8: multiple exception types must be parenthesized"},
	{"from import trailing comma", "from a import b,\n", "e.py:1:17: trailing comma not allowed without surrounding parentheses"},
	{"print statement", "print \"x\"\n", "e.py:1:1: Missing parentheses in call to 'print'. Did you mean print(...)?"},
	{"print chevron", "print >>f, x\n", "e.py:1:1: Missing parentheses in call to 'print'. Did you mean print(<message>, file=<output_stream>)?"},
	{"exec statement", "exec code\n", "e.py:1:1: Missing parentheses in call to 'exec'. Did you mean exec(...)?"},
	{"keyword as name", "class = 1\n", "e.py:1:7: invalid syntax"},
	{"bytes non-ascii", "x = b'é'\n", "e.py:1:5: bytes can only contain ASCII literal characters"},
	{"mix bytes", "x = b'a' 'b'\n", "e.py:1:5: cannot mix bytes and nonbytes literals"},
	{"truncated hex escape", "x = '\\x4'\n", "e.py:1:5: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"},
	{"truncated unicode escape", "x = '\\u12'\n", "e.py:1:5: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape"},
	{"huge unicode escape", "x = '\\U00110000'\n", "e.py:1:5: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"},
	{"named escape", "x = '\\N{DASH}'\n", "e.py:1:5: \\N{...} escapes are not supported by the simulator; write the character itself"},
	{"fstring empty field", "f\"{}\"\n", "e.py:1:4: f-string: valid expression required before '}'"},
	{"fstring empty before conversion", "f\"{!r}\"\n", "e.py:1:4: f-string: valid expression required before '!'"},
	{"fstring single brace", "f\"}\"\n", "e.py:1:3: f-string: single '}' is not allowed"},
	{"fstring bad conversion", "f\"{x!z}\"\n", "e.py:1:6: f-string: invalid conversion character 'z': expected 's', 'r', or 'a'"},
	{"fstring missing conversion", "f\"{x!}\"\n", "e.py:1:6: f-string: missing conversion character"},
	{"fstring space after bang", "f\"{x! r}\"\n", "e.py:1:7: f-string: conversion type must come right after the exclamanation mark"},
	{"fstring unclosed field", "f\"{x\"\n", "e.py:1:5: f-string: expecting '}'"},
	{"truncated hex escape later in string", "x = 'ab\\x4'\n", "e.py:1:5: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape"},
	{"bytes hex escape", "x = b'\\x4'\n", "e.py:1:5: (value error) invalid \\x escape at position 0"},
	{"fstring newline in field is fine until eof", "f'{x\n+ 1", "e.py:1:3: '{' was never closed"},
	{"fstring unclosed field at eol", "f'{x\n", "e.py:1:3: '{' was never closed"},
	{"fstring unterminated", "f'abc\n", "e.py:1:1: unterminated f-string literal (detected at line 1)"},
	{"fstring nested too deeply", "f'{a:{b:{c:{d}}}}'\n", "e.py:1:12: f-string: expressions nested too deeply"},
	{"fstring comment", "f'{x # c}'\n", "e.py:1:3: '{' was never closed"},
	{"fstring lambda", "f'{lambda x: 1}'\n", "e.py:1:4: f-string: lambda expressions are not allowed without parentheses"},
	{"null byte", "x = 1\x00\n", "e.py:1:6: source code cannot contain null bytes"},
	{"invalid utf8", "x = '\xff'\n", "e.py:1:6: (unicode error) 'utf-8' codec can't decode byte 0xff: invalid utf-8"},
	{"async def", "async def f(): pass\n", "e.py:1:1: " + notSupported("async def, async for and async with")},
	{"await", "x = await y\n", "e.py:1:5: " + notSupported("await")},
	{"match statement", "match x:\n    case 1: pass\n", "e.py:1:1: " + notSupported("the match statement")},
	{"type statement", "type X = int\n", "e.py:1:1: " + notSupported("the type statement")},
	{"generic function", "def f[T](x): pass\n", "e.py:1:6: " + notSupported("type parameters (PEP 695)")},
	{"except star", "try:\n    pass\nexcept* E:\n    pass\n", "e.py:3:7: " + notSupported("except* (exception groups)")},
	{"decorator then statement", "@d\nx = 1\n", "e.py:2:1: invalid syntax"},
	{"dedent at eof keeps error", "if x:\n    y = (\n", "e.py:2:9: '(' was never closed"},
	{"errors after many statements keep their rules", repeatString("x = [1, 2]\n", 300) + "y = (1,\n2 3\n", "e.py:301:5: '(' was never closed"},
	{"missing comma after many statements", repeatString("x = [1, 2]\n", 300) + "y = f(a b)\n", "e.py:301:7: invalid syntax. Perhaps you forgot a comma?"},
	{"too many parens", repeatString("(", 201) + "x" + repeatString(")", 201) + "\n", "e.py:1:201: too many nested parentheses"},
	{"too many indents", deepIf(101), "e.py:101:401: too many levels of indentation"},
	{"too deep unary", "x = " + repeatString("-", 1200) + "1\n", "e.py:1:1003: too deeply nested: the parser allows at most 1000 levels of nesting"},
	{"tokenizer error after syntax error", "a b 'unterminated\n", "e.py:1:5: unterminated string literal (detected at line 1)"},
	{"unclosed bracket explains syntax error", "x = [1, 2\ny = 3\n", "e.py:1:5: '[' was never closed"},
	{"bracket opened after the error is not blamed", "if x\n    y = (\n", "e.py:1:5: expected ':'"},
	{"later unterminated string wins over expected colon", "if x\n  pass\ny = 'abc", "e.py:3:5: unterminated string literal (detected at line 3)"},
	{"later unterminated string wins over bad target", "f() = 1\ny = 'abc", "e.py:2:5: unterminated string literal (detected at line 2)"},
	{"later bracket not blamed for earlier error", "x = 1 2\ny = (", "e.py:1:7: invalid syntax"},
	{"missing comma", "x = (1 2\ny = 3)", "e.py:1:6: invalid syntax. Perhaps you forgot a comma?"},
	{"no comma hint after a parameter", "def A(A 0", "e.py:1:9: invalid syntax"},
	{"missing comma in call", "print(a b)\n", "e.py:1:7: invalid syntax. Perhaps you forgot a comma?"},
	{"open bracket blamed for error on a later line", "x = (1,\n2 3", "e.py:1:5: '(' was never closed"},
	{"unexpected indent is kept", "  x\ny = 'abc", "e.py:1:2: unexpected indent"},
	{"assignment in condition", "if x = 1:\n    pass\n", "e.py:1:4: invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
	{"attribute assignment in condition", "while a.b = 1:\n    pass\n", "e.py:1:7: cannot assign to attribute here. Maybe you meant '==' instead of '='?"},
	{"import from", "import a from b\n", "e.py:1:1: Did you mean to use 'from ... import ...' instead?"},
	{"missing default", "def f(a=):\n    pass\n", "e.py:1:9: expected default value expression"},
	{"missing keyword value", "f(a=)\n", "e.py:1:5: expected argument value expression"},
	{"missing dict value", "x = {1:}\n", "e.py:1:7: expression expected after dictionary key and ':'"},
	{"starred dict value", "x = {1: *a}\n", "e.py:1:9: cannot use a starred expression in a dictionary value"},
	{"unparenthesized comprehension target", "[x, y for x, y in z]\n", "e.py:1:2: did you forget parentheses around the comprehension target?"},
	{"genexp in class bases", "class C(x for x in L):\n    pass\n", "e.py:1:9: Generator expression must be parenthesized"},
	{"assign to generator expression", "(x for x in y) = 1\n", "e.py:1:1: cannot assign to generator expression"},
}

func repeatString(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

// deepIf nests n if statements, each indented 4 more spaces.
func deepIf(n int) string {
	src := ""
	for i := 0; i < n; i++ {
		src += repeatString("    ", i) + "if x:\n"
	}
	return src + repeatString("    ", n) + "pass\n"
}

func TestSyntaxErrors(t *testing.T) {
	for _, tc := range syntaxErrorCases {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Parse("e.py", []byte(tc.src))
			if err == nil {
				t.Fatalf("Parse(%.80q) succeeded, want error %q\n%s", tc.src, tc.want, Dump(m))
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("Parse(%.80q)\n got: %s\nwant: %s", tc.src, got, tc.want)
			}
			if _, ok := err.(*Error); !ok {
				t.Errorf("error is %T, want *Error", err)
			}
		})
	}
}
