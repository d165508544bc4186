# A builtin type's method called on the class with no self: 3.8's
# "descriptor ... needs an argument", 3.9's "unbound method ..." (the fuzzer's
# bytearray.hex() was an internal error).
for f in (lambda: bytearray.hex(), lambda: bytes.hex(), lambda: list.append(), lambda: str.upper()):
    try:
        f()
    except TypeError as e:
        print(e)

# Methods registered outside the shared helper (bytes.decode() was the
# fuzzer's next internal error), keyword-only calls, and the special
# methods: slot wrappers keep the "descriptor" wording, the few that are
# ordinary methods take the new one.
for f in (bytes.decode, str.format, str.encode, list.sort, dict.update, str.format_map, int.bit_length,
          set.add, dict.keys, object.__init__, list.__getitem__, dict.__contains__, list.__len__,
          dict.__getitem__, list.__iter__, object.__repr__, object.__eq__, object.__hash__, type.__call__,
          list.__init__, list.__contains__, dict.__len__, list.__reversed__):
    try:
        f()
    except TypeError as e:
        print(e)
print(str.format("{}", 1), bytes.decode(b"a"), int.bit_length(5))
try:
    bytes.decode(encoding="ascii")
except TypeError as e:
    print(e)
