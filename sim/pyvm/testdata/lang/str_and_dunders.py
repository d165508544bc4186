# str methods with start/end, splitlines, expandtabs, isascii; dunder
# operators (__pos__, __invert__, __abs__, __delitem__), the old
# __getitem__ iteration protocol and mappings with keys().
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "raises", type(e).__name__, e)


s = "abcabcé-x"
t("find start", lambda: s.find("b", 2))
t("find start end", lambda: s.find("b", 2, 4))
t("find neg", lambda: s.find("c", -4))
t("find past", lambda: s.find("", 20))
t("find empty end", lambda: s.find("", 9))
t("rfind", lambda: "a-b-c".rfind("-", 0, 3))
t("index", lambda: s.index("x", 3))
t("index missing", lambda: s.index("a", 4))
t("rindex", lambda: s.rindex("a", 0, -3))
t("count", lambda: s.count("b", 1, 5))
t("count empty", lambda: "abc".count("", 1))
t("count past", lambda: "abc".count("", 5))
t("startswith", lambda: "xxab".startswith("ab", 2))
t("startswith tuple", lambda: "xxab".startswith(("q", "xa"), 1))
t("endswith", lambda: "hello.py".endswith(".py", 0, 8))
t("endswith end", lambda: "hello.py".endswith("lo", 0, 5))
t("startswith bad", lambda: "ab".startswith("a", "1"))
t("splitlines", lambda: "a\nb\r\nc\rd\x0be\x85f\n".splitlines())
t("splitlines keep", lambda: "a\nb\r\nc\n\n".splitlines(True))
t("splitlines empty", lambda: "".splitlines())
t("expandtabs", lambda: "a\tbc\td\n\te".expandtabs())
t("expandtabs 4", lambda: "a\tb".expandtabs(4))
t("isascii", lambda: ("abc".isascii(), "é".isascii()))


class Box:
    def __init__(self):
        self.d = {"a": 1, "b": 2}

    def keys(self):
        return self.d.keys()

    def __getitem__(self, k):
        return self.d[k]

    def __delitem__(self, k):
        del self.d[k]

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return "inv"

    def __abs__(self):
        return "abs"


class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * 10


b = Box()
t("pos", lambda: +b)
t("invert", lambda: ~b)
t("abs", lambda: abs(b))
del b["a"]
t("delitem", lambda: b.d)
t("dict(mapping)", lambda: dict(Box()))
t("{**mapping}", lambda: {**Box(), "c": 3})
d = {"z": 0}
d.update(Box())
t("update", lambda: d)
t("old iteration", lambda: list(Seq()))
t("in old iteration", lambda: 20 in Seq())
for v in Seq():
    print("for", v)
