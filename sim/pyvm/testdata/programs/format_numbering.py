# str.format numbers its fields automatically ({}) or by hand ({0}) in one
# string, never both; keyword fields mix with either.
cases = [('{} {1}', (1, 2)), ('{0} {}', (1, 2)), ('{} {}', (1, 2)), ('{0}{0}', (1,)),
         ('{} {x}', (1,)), ('{x} {0} {1}', (1, 2)), ('{2}', (1,)), ('{} {} {}', (1, 2))]
for s, a in cases:
    try:
        print(repr(s.format(*a, x='k')))
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)
