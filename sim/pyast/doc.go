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
// node spans (a node's first character and the column just past its last,
// CPython's lineno/col_offset and end_lineno/end_col_offset), and reports
// errors with CPython's own SyntaxError wording where there is one.
// Positions are 1-based lines and 1-based columns counted in runes (CPython's
// col_offset and end_col_offset are 0-based and count UTF-8 bytes).
//
// Errors. Parse stops at the first error and returns it as an *Error
// (file:line:col: message). The tokenizer is lazy, as CPython's is, and its
// errors take precedence the way CPython 3.12's do: an unterminated string
// or a bad number anywhere after a parser error is reported instead of it
// (indentation errors are not), and a bracket left open at the end of the
// file is blamed for an error found on a later line. A top-level recover
// turns an internal bug into an *Error at the position of the token being
// parsed; it is a last line of defence, not a way of reporting errors, and
// the fuzz test fails if it fires. Recursion is bounded (maxNesting), and so
// are brackets (200 deep), indentation (99 levels) and f-string nesting,
// each with CPython's message.
//
// Validate rejects, with "file:line:col: <construct> is not supported by the
// simulator (supported: ...)", where the list is the Supported constant:
// complex numbers, **kwargs in a class statement, the @ operator, and
// relative and star imports. Calls and displays may unpack any number of *x
// and **m, which the compiler supports. The parser itself rejects, in the
// same words, async/await, match, type statements, PEP 695 type parameters
// and except*. Validate also reports the SyntaxErrors CPython finds only
// when compiling: 'return' outside function, 'break' outside loop,
// 'continue' not properly in loop, nonlocal at module level, duplicate
// parameters, repeated keyword arguments, a bare except that is not last,
// misplaced starred assignment targets, 'yield' outside a function or
// inside a comprehension (at the yield, as 3.11+ report it), and an
// assignment expression that rebinds a comprehension variable, sits in a
// comprehension's iterable or in a comprehension in a class body.
//
// Inspect is the one generic walk of the tree (go/ast.Inspect), in source
// order; Validate and pyvm's symbol table are built on it. Unparse writes
// an expression back as CPython's ast_unparse.c does (the annotations of
// `from __future__ import annotations`).
//
// An f-string field `{x=}` is kept as a FormattedValue with SelfDoc "x=" (the
// source text up to the next '!', ':' or '}') and, as in CPython, with
// Conversion 'r' when neither a conversion nor a format spec is given.
//
// What it deliberately does not do: no NFKC normalisation of identifiers,
// \N{...} escapes are rejected rather than looked up (Go has no table of
// Unicode names), no type comments, no error recovery (one error per run),
// and no warnings (invalid escape sequences are kept as written, as CPython
// does after warning). `print >>f, x` is rejected with CPython's hint
// although it is an expression in Python 3, because in a scenario it is
// always a Python 2 habit.
package pyast
