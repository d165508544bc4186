# inf and nan through format(), str.format, f-strings and %; 'n' on floats.
inf, nan = float('inf'), float('nan')
for v in [inf, -inf, nan, -nan]:
    for s in ['.1f', 'F', 'e', 'E', 'g', 'G', '%', '+.2f', '010.1f', '', '.3', '>8.1e', ',.1f', 'n']:
        print(repr(v), repr(s), repr(format(v, s)))
print('%.2f %e %g %s %r' % (inf, -inf, nan, inf, -inf))
print('{:>6}|{:<6}|{:^7}'.format(inf, -inf, nan), f'{inf:n}')
print(format(2.5, 'n'), format(1234567.0, 'n'), format(0.1, '.3n'), format(12, 'n'), format(-0.0, 'n'))
