# _text: string helpers that the subset's str lacks, shared by string.py and
# textwrap.py; the simulator's own module (CPython has these as str
# methods). Delete a helper once pyvm's str has the method.

# The line boundaries of str.splitlines (Objects/unicodeobject.c).
LINE_ENDS = '\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029'


def find(text, sub, start):
    # text.find(sub, start): the subset's str.find takes no start.
    j = text[start:].find(sub)
    return j if j < 0 else j + start


def splitlines_keepends(text):
    # text.splitlines(True): the subset's splitlines drops the line ends;
    # \r\n counts as one.
    lines = []
    start = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '\r' and text[i + 1:i + 2] == '\n':
            i += 1
        if ch in LINE_ENDS:
            lines.append(text[start:i + 1])
            start = i + 1
        i += 1
    if start < len(text):
        lines.append(text[start:])
    return lines


def expandtabs(text, tabsize):
    # str.expandtabs: a tab moves to the next multiple of tabsize, a
    # newline or return starts a new column count.
    out = []
    col = 0
    for ch in text:
        if ch == '\t':
            if tabsize > 0:
                pad = tabsize - col % tabsize
                out.append(' ' * pad)
                col += pad
        else:
            out.append(ch)
            col = 0 if ch in '\n\r' else col + 1
    return ''.join(out)
