// Package pyast is the front end of zombielab's Python subset: a tokenizer,
// a recursive-descent parser producing the syntax tree declared in ast.go,
// a validator that rejects what the simulator cannot run, and a stable text
// dump of the tree for golden tests.
//
// What it models. The tokenizer follows CPython 3.12's Parser/tokenizer.c:
// INDENT/DEDENT from a stack of indentation columns (tabs to multiples of 8,
// with the tab-size-1 consistency check that raises TabError), NEWLINE only
// at the end of a logical line, implicit joining inside brackets, backslash
// continuation, and PEP 701 f-strings, tokenized as FSTRING_START /
// FSTRING_MIDDLE / FSTRING_END with the replacement fields lexed as ordinary
// tokens (so a field may reuse the enclosing quote, as in 3.12). The parser
// follows the statement and expression grammar of Grammar/python.gram (3.12)
// for everything ordinary scripts use, with CPython's operator precedence and
// node positions (line, and column of the node's first character), and
// reports errors with CPython's own SyntaxError wording where there is one.
// Positions are 1-based lines and 1-based columns counted in runes (CPython's
// col_offset is 0-based and counts UTF-8 bytes).
//
// Errors. Parse stops at the first error and returns it as an *Error
// (file:line:col: message). The tokenizer is lazy, so an error that the
// tokenizer finds late in a file is not reported before a syntax error that
// comes earlier, as in CPython. A top-level recover turns an internal bug into
// an *Error at the position of the token being parsed; it is a last line of
// defence, not a way of reporting errors, and the fuzz test fails if it fires.
//
// Validate rejects, with "file:line:col: <construct> is not supported by the
// simulator (supported: ...)", the constructs listed in Unsupported, and also
// reports the SyntaxErrors CPython finds only when compiling (a 'return'
// outside a function, 'break' outside a loop, duplicate parameters, ...).
//
// What it deliberately does not do: no NFKC normalisation of identifiers,
// \N{...} escapes are rejected rather than looked up, no type comments, no
// async/await, match or type statements (rejected with a clear message), no
// Python 2 syntax (print statement, backticks, <>), no error recovery (one
// error per run), and no warnings (invalid escape sequences are kept as
// written, as CPython does after warning).
package pyast
