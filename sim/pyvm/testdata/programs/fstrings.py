# String formatting: f-strings with specs, %, and str.format.
pi = 3.14159265
n = 42
name = "zombie"
print(f"{n:5d}|{n:<5}|{n:^7}|{n:>6}|{n:05d}|{n:x}|{n:X}|{n:#x}|{n:b}|{n:o}|{n:,}")
print(f"{pi:.2f}|{pi:10.3f}|{pi:e}|{pi:g}|{-pi:+.1f}|{1234567.891:,.2f}|{0.25:.0%}")
print(f"{name!r}|{name:>10}|{name:*^12}|{name:.3}|{name!s}")
print(f"{n=}, {pi=:.1f}, {'nested ' + name}")
print("%s is %d years, %5.2f%% done, %r, %x, %-6s|, %05d" % (name, n, 99.5, name, 255, "ab", 42))
print("%(a)s-%(b)d" % {"a": "x", "b": 3})
print("{} {} {}".format(1, "two", 3.0), "{1}{0}".format("a", "b"), "{x:>4}".format(x=7))
print("{0!r:>10} {1:.3f}".format("hi", 2.0), "{{literal}}".format())
print(str(1.0), str(100.0), str(1e16), str(1.5e-5), str(0.1), repr(1/3), 2.0 ** 60)
print(str(None), str(True), [None, True, 1.0, "s"], (1, "a"), {1: "x"})
