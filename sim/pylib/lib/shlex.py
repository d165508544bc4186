# shlex: split, quote and join in POSIX mode, condensed from CPython's
# Lib/shlex.py (3.8-3.14; join is new in 3.8). The splitter is the
# POSIX-mode state machine of shlex.read_token for its default settings
# (whitespace splits, ' and " quote, backslash escapes; no comments when
# called as shlex.split). Left out: the shlex class's other options
# (punctuation_chars, wordchars, sourcing), non-POSIX mode.

import _text

_safe = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-')


def split(s, comments=False, posix=True):
    # shlex.split: the words of a shell-like command line.
    if s is None:
        raise ValueError('s argument must not be None')
    words = []
    word = []
    in_word = False
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch in ' \t\r\n':
            if in_word:
                words.append(''.join(word))
                word = []
                in_word = False
            i += 1
        elif comments and ch == '#' and not in_word:
            while i < n and s[i] != '\n':
                i += 1
        elif ch == '\\':
            if i + 1 >= n:
                raise ValueError('No escaped character')
            word.append(s[i + 1])
            in_word = True
            i += 2
        elif ch == "'":
            j = _text.find(s, "'", i + 1)
            if j < 0:
                raise ValueError('No closing quotation')
            word.append(s[i + 1:j])
            in_word = True
            i = j + 1
        elif ch == '"':
            i += 1
            while True:
                if i >= n:
                    raise ValueError('No closing quotation')
                c = s[i]
                if c == '"':
                    i += 1
                    break
                if c == '\\' and i + 1 < n and s[i + 1] in '"\\':
                    word.append(s[i + 1])
                    i += 2
                    continue
                if c == '\\' and i + 1 >= n:
                    raise ValueError('No escaped character')
                word.append(c)
                i += 1
            in_word = True
        else:
            word.append(ch)
            in_word = True
            i += 1
    if in_word:
        words.append(''.join(word))
    return words


def quote(s):
    # shlex.quote: safe words as they are, anything else single-quoted.
    if not s:
        return "''"
    if all(c in _safe for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    # shlex.join (3.8).
    return ' '.join(quote(arg) for arg in split_command)
