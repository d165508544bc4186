# str.format with fields nested in a field's spec ({:{w}.{p}f}), numbered
# after the field's own value; its errors for malformed fields, as CPython's
# parser words them; and thousands separators that group only the leading
# digits (1e-07 stays as it is).
print("{:{}.{}f}|{:>{w}}".format(3.14159, 8, 2, "x", w=4))
print("{0:{1}}|{2:{fill}^{width}}".format(42, 6, "mid", fill="*", width=9))
for s in ['{0:{1}', '{0{1}', '{:{', '{0', '{', '{:', '{0:}}', '{0:{1}}}', '{0!r', '{0!}', '{0!rr}', '{0:{1:{2}}}', '{{0}', '}', 'a}}b}', '{0:{1}x}', '{0[}', '{0[1}', '{0!x}', '{0!r:>5}', '{0!s}', '{0[a:b]}', '{0.real!r}']:
    try:
        print(repr(s), '->', repr(s.format(1, 2, 3)))
    except Exception as e:
        print(repr(s), '->', type(e).__name__, e)
print("{0[a:b]}".format({"a:b": "colon key"}))
print(format(1e-07, ","), format(1234567.891, ",.2f"), format(1e20, ","), format(float("inf"), ","), format(12345.6e10, "_e"), format(-0.0001234, ",g"))
print(f"{3.14159:{8}.{2}f}", f"{'x':{'>'}{5}}")
