# textwrap: wrap, fill, shorten, dedent and indent, condensed from
# CPython's Lib/textwrap.py (3.8-3.14). TextWrapper splits text into
# chunks (runs of whitespace, words, and word pieces after a hyphen) by
# scanning it, where CPython uses the regular expressions wordsep_re and
# wordsep_simple_re; the chunking rules are the same for letters, digits
# and punctuation. Left out: fix_sentence_endings' exact regular
# expression (a sentence end is a lowercase letter, then '.', '!' or '?',
# then an optional quote).

import sys as _sys
import _text

_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(ch):
    # [^\d\W]: a word character that is not a digit.
    return ch == '_' or ch.isalpha()


def _is_word(ch):
    return ch == '_' or ch.isalnum()


def _is_word_punct(ch):
    # wordsep_re's word_punct: [\w!"'&.,?]
    return _is_word(ch) or ch in '!"\'&.,?'


class TextWrapper(object):
    # textwrap.TextWrapper: the options, then _split_chunks and
    # _wrap_chunks as CPython's.

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        # TextWrapper._munge_whitespace: tabs expanded, then every
        # whitespace character made a space.
        if self.expand_tabs:
            text = _text.expandtabs(text, self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if ch in _whitespace else ch for ch in text)
        return text

    def _split(self, text):
        # TextWrapper._split: alternating whitespace and non-whitespace
        # runs; with break_on_hyphens a word is also cut after a hyphen
        # between letters and around an em-dash ("--").
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                if self.break_on_hyphens:
                    chunks.extend(_split_word(text[i:j]))
                else:
                    chunks.append(text[i:j])
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        # TextWrapper._fix_sentence_endings: two spaces after a sentence.
        i = 0
        while i < len(chunks) - 1:
            chunk = chunks[i]
            if chunks[i + 1] == ' ' and _ends_sentence(chunk):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # TextWrapper._handle_long_word: a chunk longer than a line is cut
        # to fill the line (at its last hyphen when break_on_hyphens, from
        # 3.10) or, without break_long_words, put alone on a line.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if _sys.version_info >= (3, 10) and self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk[:space_left].rfind('-')
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        # TextWrapper._wrap_chunks: greedy filling, line by line, with
        # max_lines and the placeholder.
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks = chunks[::-1]
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                chunks.pop()
            cur_line = []
            cur_len = 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                chunk = chunks.pop()
                cur_line.append(chunk)
                cur_len += len(chunk)
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line.pop())
            if not cur_line:
                continue
            if self._fits(lines, chunks, cur_len, width):
                lines.append(indent + ''.join(cur_line))
                continue
            self._place_placeholder(lines, cur_line, cur_len, indent, width)
            break
        return lines

    def _fits(self, lines, chunks, cur_len, width):
        # Whether the current line may be emitted as is under max_lines.
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_blank = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
        return rest_blank and cur_len <= width

    def _place_placeholder(self, lines, cur_line, cur_len, indent, width):
        # The last allowed line: drop chunks until the placeholder fits
        # after a word, else append it to the previous line or alone.
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line.pop())
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def _ends_sentence(chunk):
    # sentence_end_re: [a-z][.!?]["']? at the end of the chunk.
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and chunk[-2] in _ascii_lower


_ascii_lower = 'abcdefghijklmnopqrstuvwxyz'


def _split_word(word):
    # wordsep_re on one run of non-whitespace: a word breaks after a
    # hyphen preceded by two letters (or letter-letter-hyphen patterns)
    # and followed by letter, optional hyphen, letter; an em-dash of two
    # or more hyphens between word characters is a chunk of its own.
    pieces = []
    start = 0
    i = 0
    n = len(word)
    while i < n:
        if word[i] != '-':
            i += 1
            continue
        j = i
        while j < n and word[j] == '-':
            j += 1
        if j - i >= 2:
            if i > start and _is_word_punct(word[i - 1]) and j < n and _is_word(word[j]):
                pieces.append(word[start:i])
                pieces.append(word[i:j])
                start = j
            i = j
            continue
        if _hyphen_breaks(word, i):
            pieces.append(word[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        pieces.append(word[start:])
    return pieces


def _hyphen_breaks(word, i):
    # The hyphenated-word alternative of wordsep_re at word[i] == '-':
    # (?<=lt{2}-) or (?<=lt-lt-), then (?=lt -? lt).
    before = (i >= 2 and _is_letter(word[i - 1]) and _is_letter(word[i - 2])) or \
        (i >= 3 and _is_letter(word[i - 1]) and word[i - 2] == '-' and _is_letter(word[i - 3]))
    if not before:
        return False
    k = i + 1
    if k >= len(word) or not _is_letter(word[k]):
        return False
    k += 1
    if k < len(word) and word[k] == '-':
        k += 1
    return k < len(word) and _is_letter(word[k])


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    # textwrap.shorten: whitespace collapsed, one line, ' [...]'.
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    # textwrap.dedent: remove the longest run of spaces and tabs common to
    # the start of every line that is not blank; lines of only spaces and
    # tabs become empty.
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            lines[k] = ''
            continue
        indent = line[:len(line) - len(body)]
        if margin is None or indent.startswith(margin):
            margin = indent if margin is None else margin
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            while common < len(margin) and common < len(indent) and margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    # textwrap.indent: prefix every line that predicate accepts (by
    # default, lines that are not only whitespace).
    out = []
    for line in _text.splitlines_keepends(text):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
