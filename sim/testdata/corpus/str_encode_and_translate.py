# str.encode with UTF-8, Latin-1 and ASCII and every error handler (a run of
# characters a codec cannot encode reported as one), bytes(str, encoding),
# partition and rpartition, removeprefix and removesuffix (3.9), and
# str.maketrans with translate.
s = "café ☃ naïve"
for enc in ("utf-8", "latin-1", "ascii"):
    for errs in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
        try:
            print(enc, errs, s.encode(enc, errs))
        except UnicodeEncodeError as e:
            print(enc, errs, "UnicodeEncodeError:", e)
for bad in ["ab☃☃c", "☃"]:
    try:
        bad.encode("latin-1")
    except UnicodeEncodeError as e:
        print(e)
print(bytes("x☃", "utf-8"), bytes("é", "latin-1"), bytes("é", encoding="ascii", errors="replace"), "é".encode(encoding="latin1"))
try:
    "x".encode("klingon")
except LookupError as e:
    print("LookupError", e)
print(s.encode("latin-1", "replace").decode("latin-1"), "☃".encode().decode("ascii", "backslashreplace"))
import sys
s = "key=value=more"
print(s.partition("="), s.rpartition("="), s.rpartition("#"), s.partition("#"))
try:
    s.partition("")
except ValueError as e:
    print("ValueError", e)
if sys.version_info >= (3, 9):
    print("test_file.py".removesuffix(".py"), "prefix_name".removeprefix("prefix_"), "abc".removeprefix("x"))
else:
    print("test_file prefix_name abc"[:9], "name", "abc")
table = str.maketrans("abc", "xyz", "!")
print(sorted(table.items()), "a!b!c".translate(table), "hello".translate({ord("l"): None, ord("o"): "0"}))
print("abc".translate(str.maketrans({"a": "AA", "b": None})), "".maketrans("x", "y"))
for bad in [("ab", "c"), ({"ab": 1},), ([],)]:
    try:
        str.maketrans(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
