# Write a file, read it back, clean up.
import os

path = "/tmp/zombielab_corpus_%d.txt" % os.getpid()
with open(path, "w") as f:
    f.write("first line\n")
    print("second line", file=f)
with open(path) as f:
    print(f.read(), end="")
with open(path, "a") as f:
    f.write("third\n")
with open(path) as f:
    print(f.readlines())
print(os.path.exists(path), os.path.getsize(path))
os.remove(path)
print(os.path.exists(path))
