# The str.is... predicates as CPython decides them: isupper and islower
# look only at cased characters ("HELLO WORLD 2" is upper), istitle at
# word starts, isidentifier refuses a leading digit, and isdigit, isdecimal
# and isnumeric differ on superscripts, fractions and other scripts.
samples = ["Hello World", "HELLO WORLD 2", "hello, world!", "Hello world", "ǅungla", "Ⓐ", "ß", "123",
           "ABC1", "a_B", "They'Re", "", "ʰ", "ΟΔΟΣ", "1abc", "_private", "名前", "²", "½", "٣", "Ⅻ",
           " \t\n", "\x1c\x1f", "\u00a0", "abc\n", "\u200b", "tab\there"]
names = ["isupper", "islower", "istitle", "isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric",
         "isspace", "isidentifier", "isprintable"]
for s in samples:
    flags = "".join("1" if getattr(s, n)() else "." for n in names)
    print(flags, repr(s))
print(" ".join(n[2:] for n in names))
words = "Alpha beta GAMMA 42 x1 _ok 9lives".split()
print([w for w in words if w.isupper()], [w for w in words if w.isidentifier()], [w for w in words if w.isdigit()])
