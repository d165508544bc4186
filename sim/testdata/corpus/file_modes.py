# open() modes and their mistakes.
import os

path = "/tmp/zombielab_modes_%d" % os.getpid()
with open(path, "x") as f:
    f.write("created\n")
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.strerror)
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, data)
with open(path, "ab") as f:
    f.write(b"more\n")
with open(path) as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip())
with open(path) as f:
    print(repr(f.readline()), repr(f.read(3)), repr(f.read()))
try:
    with open(path) as f:
        f.write("x")
except OSError as e:
    print(type(e).__name__)
try:
    open(path, "rw")
except ValueError as e:
    print("ValueError:", e)
try:
    open("/tmp")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
print(f.closed, f.name == path, f.mode)
os.remove(path)
