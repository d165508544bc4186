# re.error for bad patterns: the message and the position sre_parse gives.
import re
import sys

bad = ['(', 'a(b', '(?:x', '(?i:x', 'ab(?P<n>c', '(?=a', 'x(?<=a', 'a)', '*a', 'a**', 'a*??', 'a{2}*',
       '[a', '[b-a]', r'\1', r'(a)\2', r'(a\1)', '(?P<n>a(?P=n))', '(?P=m)', '(?<=a*)b', r'\q', '$*',
       r'\b+', '(?P<1>a)', '(?P<n>a)(?P<n>b)', 'a{3,2}', '(?#x', '(?z)']
if sys.version_info >= (3, 11):
    bad += ['a*+?', '(?>a']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiles')
    except re.error as e:
        print(repr(p), e.msg, e.pos)
ok = ['a{,2}', 'a{2', 'x{}', r'[\]]', '[]a]', '(?x) a b # c', r'\(', 'a*+' if sys.version_info >= (3, 11) else 'a+']
for p in ok:
    print(repr(p), re.findall(p, 'aaa a{2 x{} ] ( ab'))
