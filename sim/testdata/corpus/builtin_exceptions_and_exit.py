# The rest of CPython's builtin exceptions a program names (in except
# clauses, raise, issubclass), setting or deleting attributes of builtin
# types (worded anew in 3.10), and exit() from the site module, which ends
# the program with the status given.
errors = [FloatingPointError, BufferError, ReferenceError, StopAsyncIteration, SyntaxError,
          IndentationError, TabError, ConnectionAbortedError, UnicodeEncodeError,
          UnicodeTranslateError, BytesWarning, FutureWarning, ImportWarning,
          PendingDeprecationWarning, SyntaxWarning, UnicodeWarning]
for cls in errors:
    print(cls.__name__, "<", " < ".join(b.__name__ for b in cls.__mro__[1:-1]))


def parse(line):
    if line.startswith(" "):
        raise IndentationError("unexpected indent")
    return line.split()


for text in ("a b", "  c"):
    try:
        print(parse(text))
    except SyntaxError as e:
        print("caught", type(e).__name__, e)

for attempt in (lambda: setattr(int, "x", 1), lambda: delattr(int, "__doc__"),
                lambda: delattr(list, "append"), lambda: setattr(ValueError, "code", 2)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError", e)
print(hasattr(int, "x"), hasattr(list, "append"))
print("exiting with 3")
exit(3)
print("never printed")
