# os.path basics.
import os

p = os.path.join("/var", "log", "app.log")
print(p)
print(os.path.basename(p), os.path.dirname(p))
print(os.path.splitext("archive.tar.gz"))
print(os.path.split("/a/b/c"))
print(os.path.isabs(p), os.path.isabs("rel/x"))
print(os.path.exists("/proc/self"), os.path.exists("/no/such/path"))
print(os.path.join("a", "/b", "c"))
print(os.path.normpath("/a//b/../c/."))
print(os.sep, os.curdir, os.pardir)
