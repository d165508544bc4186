# Silence output by writing to /dev/null.
import os
import sys

with open(os.devnull, "w") as null:
    print("hidden", file=null)
    n = null.write("also hidden")
print("wrote", n, "characters to", os.devnull)
with open("/dev/null") as f:
    print(repr(f.read()))
