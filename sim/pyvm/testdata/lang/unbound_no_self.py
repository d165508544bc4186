# A builtin type's method called on the class with no self: 3.8's
# "descriptor ... needs an argument", 3.9's "unbound method ..." (the fuzzer's
# bytearray.hex() was an internal error).
for f in (lambda: bytearray.hex(), lambda: bytes.hex(), lambda: list.append(), lambda: str.upper()):
    try:
        f()
    except TypeError as e:
        print(e)
