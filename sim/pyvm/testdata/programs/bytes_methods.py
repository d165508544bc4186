# python: 3.13
# bytes and bytearray methods as CPython prints them.
raw = b"python3\0script.py\0--flag\0"
parts = raw.split(b"\0")
print(parts, raw.rsplit(b"\0", 2), raw.endswith(b"\0"), raw.startswith((b"x", b"py")))
print(b"  a b\t c \n".split(), b" a  b c ".split(None, 1), b" a  b c ".rsplit(None, 1), b"a,b,,c".split(b","))
print(b"line1\nline2\r\nline3\rend".splitlines(), b"x\ny\n".splitlines(True))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip())
print(b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"", 1))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".count(b"l"), b"hello".index(b"e"), b"hello".find(b"z"), b"hello".find(b"l", 3))
try:
    b"hello".index(b"z")
except ValueError as e:
    print("ValueError:", e)
print(b", ".join([b"a", b"b"]), b"Hello World".upper(), b"Hello".lower(), b"hi".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\xde\xad\xbe\xef".hex("-", 2))
print(bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xffab".decode("utf-8", errors="replace"), b"\xffab".decode(errors="ignore"), b"\xffab".decode("utf-8", "backslashreplace"))
try:
    b"\xffab".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"))
print(b"ell" in b"hello", 104 in b"hello", list(b"hi"), [c for c in b"AB"], b"ab" * 3, b"%d-%s-%05.1f" % (5, b"x", 2.5), b"id=%d" % 7)
print(b"abc" < b"abd", sorted([b"b", b"a"]), b"12".isdigit(), b"ab1".isalnum(), b"AB".isupper(), b"x"[0], b"hello"[1:3], len(b"hello"))
print(repr(b"\x00\x01'\""), bytes(3), bytes([65, 66]), b"abc".capitalize(), b"aBc".swapcase())
ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" wor")
ba += b"ld"
alias = ba
ba += bytearray(b"!")
print(ba, alias is ba, len(ba), ba[0], ba[1:3], bytes(ba))
ba[0] = 72
ba[1:3] = b"EY"
ba[-1:] = b""
print(ba, ba.decode(), ba.upper(), ba.split(b" "), ba.find(b"o"), b"lo" in ba, list(ba[:3]))
buf = bytearray()
for chunk in (b"ab", b"cd"):
    buf += chunk
print(buf, buf == b"abcd", b"abcd" == buf, buf.hex(), bytearray(3), bytearray([1, 2]), b"x" + buf, buf.pop(), buf)
try:
    hash(buf)
except TypeError as e:
    print("TypeError:", e)
try:
    {buf}
except TypeError as e:
    print("TypeError:", e)
print(isinstance(buf, bytearray), type(buf).__name__, repr(bytearray(b"\x00'")), bytearray.fromhex("ff 00"))
for w in (5, 6, 7, 8):
    print(b"ab".center(w, b"*"), b"abc".center(w), b"ab".ljust(w, b"."), b"ab".rjust(w), b"-42".zfill(w), b"7".zfill(w))
print(b"pid=42".removeprefix(b"pid="), b"x.log".removesuffix(b".log"), b"ab".center(1))
