# re against sre: 200 seeded random patterns (groups, alternatives, greedy,
# lazy and counted repeats, lookarounds, backreferences, anchors, word
# boundaries, scoped flags; atomic groups and possessive repeats from
# 3.11) over eleven short strings, with search, finditer, sub, split and
# fullmatch; the spans, groups and lastindex, or the compile error.
import random
import re
import sys

rnd = random.Random(11)
atoms = ['a', 'b', 'A', '.', '[ab]', '[^a]', '[A-b]', r'\w', r'\s', r'\d', 'x', r'\b', r'\B', '^', '$',
         r'\1', '(?<=a)', '(?<!b)', r'\Z', '(?i:a)', '(?P<n>b)', '(?P=n)']
if sys.version_info >= (3, 11):
    atoms += ['(?>a*)', 'a*+', 'b?+']


def gen(d):
    r = rnd.random()
    if d > 3 or r < 0.35:
        return rnd.choice(atoms)
    if r < 0.5:
        return '(' + gen(d + 1) + ')'
    if r < 0.58:
        return '(?:' + gen(d + 1) + '|' + gen(d + 1) + ')'
    if r < 0.65:
        return '(' + gen(d + 1) + '|' + gen(d + 1) + ')'
    if r < 0.85:
        return gen(d + 1) + rnd.choice(['*', '+', '?', '*?', '+?', '??', '{2}', '{1,3}', '{0,2}?'])
    if r < 0.9:
        return rnd.choice(['(?=', '(?!']) + gen(d + 1) + ')'
    return gen(d + 1) + gen(d + 1)


texts = ['', 'a', 'ab', 'aab', 'ba', 'abab', 'a b1', 'bb\nab', 'xaxb', 'aaa bbb', '12ab']
for i in range(200):
    p = gen(0) + gen(1)
    flags = [0, re.M, re.I][i % 3]
    try:
        r = re.compile(p, flags)
    except re.error as e:
        print(repr(p), 'error:', e)
        continue
    for t in texts:
        m = r.search(t)
        out = [None if m is None else (m.span(), m.groups(), m.lastindex)]
        out.append([(x.span(), x.groups()) for x in r.finditer(t)])
        out.append(r.sub('-', t))
        out.append(r.split(t))
        fm = r.fullmatch(t)
        out.append(None if fm is None else fm.groups())
        print(repr(p), repr(t), out)
