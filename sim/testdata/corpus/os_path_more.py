# os.path on awkward inputs.
import os.path as p

for x in ("", "/", "//", "///a", "a/", "a/b/", ".hidden", "..", "a.b.c", "/x/.bashrc", "dir.d/file"):
    print(repr(x), repr(p.basename(x)), repr(p.dirname(x)), p.splitext(x), repr(p.normpath(x)))
print(p.join("/a", "b", "", "c"), p.join("", "x"), p.join("a", ""))
print(p.split("/usr/lib/"), p.split("file"))
print(p.expanduser("~/notes.txt"))
print(p.isdir("/tmp"), p.isfile("/tmp"), p.isfile("/dev/null"), p.exists("/dev/null"))
