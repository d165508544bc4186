"""Writes CPython's view of every testdata/NAME.py that CPython parses:

  NAME.pos  `Type line:col-endline:endcol` for each node with a position,
            sorted, with CPython's names mapped to pyast's and col_offset and
            end_col_offset (0-based UTF-8 bytes) turned into pyast's 1-based
            rune columns; the end is exclusive, as end_col_offset is. Text
            pieces of f-strings are left out (3.12 merges `{x=}` text into
            them; pyast keeps it in SelfDoc).
  NAME.tok  the token stream of Lib/tokenize.py, one token a line, without
            NL, COMMENT, ENCODING and FSTRING_MIDDLE tokens (3.12 splits
            text at `{{`; pyast does not); INDENT, DEDENT and ENDMARKER carry
            only their line.

and mutants.jsonl: MUTANTS small random edits of six-line pieces of the
test files (fixed seed), each with CPython's verdict: "ok" or
"line:col: message" with col as a 1-based rune column.

Run from sim/pyast with CPython 3.12 after adding or changing a test file:

    ~/.pyenv/versions/3.12.1/bin/python testdata/cpython_reference.py
"""
import ast
import glob
import io
import json
import os
import random
import tokenize
import warnings

RENAME = {"Expr": "ExprStmt", "keyword": "Keyword", "alias": "Alias",
          "arg": "Arg", "YieldFrom": "Yield"}
SKIPPED_TOKENS = {tokenize.NL, tokenize.COMMENT, tokenize.ENCODING, tokenize.FSTRING_MIDDLE}
LINE_ONLY_TOKENS = {tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}
TEXT_TOKENS = {tokenize.NAME, tokenize.NUMBER, tokenize.OP}
MUTANTS = 1500
# Fragments inserted by the mutator: brackets, quotes, operators, keywords,
# indentation and number pieces, the usual ways a script goes wrong.
FRAGMENTS = list("()[]{}:,.=+-*/%'\"\\#@!<>\n \t") + [
    "if ", "else", "for ", " in ", "lambda", "yield", "not ", " and ", 'f"{', "}",
    '"""', "**", "->", ":=", "def ", "class ", "return", "    ", "\n    ", "0x",
    "1_", "1e", "j", 'b"', 'r"', "...", ";"]


def rune_col(lines, lineno, col_offset):
    line = lines[lineno - 1].encode("utf-8")
    return len(line[:col_offset].decode("utf-8")) + 1


def positions(tree, lines):
    out = []

    def visit(node, parent):
        if hasattr(node, "lineno") and not (
                isinstance(node, ast.Constant) and isinstance(parent, ast.JoinedStr)):
            name = RENAME.get(type(node).__name__, type(node).__name__)
            start = f"{node.lineno}:{rune_col(lines, node.lineno, node.col_offset)}"
            end = f"{node.end_lineno}:{rune_col(lines, node.end_lineno, node.end_col_offset)}"
            out.append(f"{name} {start}-{end}")
        for child in ast.iter_child_nodes(node):
            visit(child, node)

    visit(tree, None)
    return sorted(out)


def tokens(src):
    out = []
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        if t.type in SKIPPED_TOKENS:
            continue
        name = tokenize.tok_name[t.type]
        if t.type in LINE_ONLY_TOKENS:
            out.append(f"{name} {t.start[0]}")
            continue
        # tokenize's columns count code points, which are pyast's runes.
        pos = f"{t.start[0]}:{t.start[1] + 1}"
        out.append(f"{name} {t.string} {pos}" if t.type in TEXT_TOKENS else f"{name} {pos}")
    return out


def verdict(src):
    try:
        ast.parse(src)
        return "ok"
    except SyntaxError as e:
        # SyntaxError.offset is 1-based and counts code points, like pyast.
        return f"{e.lineno}:{e.offset}: {e.msg}"


def mutants(sources):
    rng = random.Random(1)
    pieces = []
    for src in sources:
        lines = src.split("\n")
        pieces += ["\n".join(lines[i:i + 6]) + "\n" for i in range(0, len(lines), 6)]
    for _ in range(MUTANTS):
        s = rng.choice(pieces)
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(s) + 1)
            op = rng.random()
            if op < 0.4:
                s = s[:i] + rng.choice(FRAGMENTS) + s[i:]
            elif op < 0.8:
                s = s[:i] + s[i + rng.randint(1, 3):]
            else:
                j = rng.randrange(len(s) + 1)
                s = s[:i] + s[j:j + 5] + s[i:]
        yield s


warnings.simplefilter("ignore")
sources = []
for path in sorted(glob.glob(os.path.join("testdata", "*.py"))):
    with open(path, encoding="utf-8", newline="") as f:
        src = f.read()
    sources.append(src.replace("\r\n", "\n"))
    try:
        tree = ast.parse(src)
    except SyntaxError:
        continue
    src = src.replace("\r\n", "\n")
    lines = src.split("\n")
    with open(path[:-3] + ".pos", "w") as f:
        f.writelines(line + "\n" for line in positions(tree, lines))
    with open(path[:-3] + ".tok", "w") as f:
        f.writelines(line + "\n" for line in tokens(src))

with open(os.path.join("testdata", "mutants.jsonl"), "w") as f:
    for src in mutants(sources):
        f.write(json.dumps({"src": src, "cpython": verdict(src)}, ensure_ascii=False) + "\n")
