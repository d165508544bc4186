# string: the character-class constants, capwords and Template,
# condensed from CPython's Lib/string.py (3.8-3.14). Template substitutes
# $name, ${name} and $$ by scanning the text itself (CPython compiles a
# regular expression from the class's delimiter and idpattern; the subset
# has no re), so a subclass may change delimiter but not idpattern or
# pattern. Left out: Formatter, Template.flags, get_identifiers and
# is_valid (3.11) beyond what the scan gives.

import sys as _sys
import _text

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    # string.capwords: split, capitalize each word, join with sep or ' '.
    return (sep or ' ').join(x.capitalize() for x in s.split(sep))


_ident_start = ascii_letters + '_'
_ident_rest = _ident_start + digits


class Template(object):
    # string.Template: $-substitution for user-facing text.
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        # The pattern of Template (escaped, named, braced, invalid), matched
        # by hand from left to right; safe_substitute keeps what it cannot
        # fill in.
        text = self.template
        delim = self.delimiter
        out = []
        i = 0
        n = len(text)
        while i < n:
            j = _text.find(text, delim, i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            k = j + len(delim)
            if text[k:k + len(delim)] == delim:
                out.append(delim)
                i = k + len(delim)
                continue
            name, end, braced = _identifier_at(text, k)
            if name is None:
                if safe:
                    out.append(delim)
                    i = k
                    continue
                self._invalid(k)
            if name in mapping:
                out.append('%s' % (mapping[name],))
            elif safe:
                out.append(text[j:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def _invalid(self, i):
        # Template._invalid: the line and column (1-based) of a bad
        # placeholder.
        lines = _text.splitlines_keepends(self.template[:i])
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, **kws):
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        # Template.get_identifiers (3.11): valid names in order, once each.
        if _sys.version_info < (3, 11):
            raise AttributeError("'Template' object has no attribute 'get_identifiers'")
        ids = []
        text = self.template
        i = _text.find(text, self.delimiter, 0)
        while i >= 0:
            k = i + len(self.delimiter)
            if text[k:k + len(self.delimiter)] == self.delimiter:
                i = _text.find(text, self.delimiter, k + len(self.delimiter))
                continue
            name, end, braced = _identifier_at(text, k)
            if name is not None and name not in ids:
                ids.append(name)
            i = _text.find(text, self.delimiter, k)
        return ids


def _merge(mapping, kws):
    # Keywords take precedence over the mapping (ChainMap(kws, mapping)).
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = {}
    for key in mapping.keys():
        merged[key] = mapping[key]
    merged.update(kws)
    return merged


def _identifier_at(text, k):
    # (name, end, braced) of the identifier at text[k:], or ${name};
    # name is None when there is none (Template's idpattern, ASCII only).
    braced = k < len(text) and text[k] == '{'
    start = k + 1 if braced else k
    if start >= len(text) or text[start] not in _ident_start:
        return None, k, braced
    end = start + 1
    while end < len(text) and text[end] in _ident_rest:
        end += 1
    name = text[start:end]
    if braced:
        if end >= len(text) or text[end] != '}':
            return None, k, braced
        end += 1
    return name, end, braced
