# The 'z' option (PEP 682, 3.11+): a negative zero after rounding prints
# as zero. Before 3.11 the option does not exist.
cases = [(-0.0, 'z.1f'), (-0.04, 'z.1f'), (-0.04, '.1f'), (-0.0, 'z'), (-1e-9, 'z.3e'),
         (-1e-9, 'z.3f'), (5, 'z'), (5, 'zd'), ('a', 'z'), ('a', 'zs'), (-0.0, '+z.2f'),
         (-0.0, 'z%'), (-0.001, 'z.1%'), (-0.0, 'zg'), (-0.0, ' z.0f'), (float('-inf'), 'z.1f'),
         (-0.0001, '>+z10.2f'), (-0.0, 'z,.1f'), (True, 'z')]
for val, spec in cases:
    try:
        print(repr(val), repr(spec), repr(format(val, spec)))
    except ValueError as e:
        print(repr(val), repr(spec), 'ValueError:', e)
print(f"{-0.0001:z.2f}", '{:z.1f}'.format(-0.01))
