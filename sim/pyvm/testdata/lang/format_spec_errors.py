# Bad format specifications, as format(), f-strings and str.format see them.
for val in ['ann', 5, 2.5, True]:
    for spec in ['>ten', '<<<', '10.2.3', 'd', '.x']:
        try:
            print(repr(val), repr(spec), repr(format(val, spec)))
        except ValueError as e:
            print(repr(val), repr(spec), 'ValueError:', e)
try:
    print(f"{'x':>{'ten'}}")
except ValueError as e:
    print('f-string:', e)
try:
    print('{:>ten}'.format(3))
except ValueError as e:
    print('str.format:', e)
