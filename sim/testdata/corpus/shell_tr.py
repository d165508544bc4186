# tr as shell one-liners use it: squeezing spaces before cut, mapping,
# deleting, and its missing-operand messages.
import os
for c in ["printf 'a  b   c\\n' | tr -s ' '", "printf 'hello\\n' | tr a-z A-Z", "printf 'hello\\n' | tr -d l", "printf 'a\\nb\\n' | tr '\\n' ' '; echo",
          "printf 'aabbcc\\n' | tr -s 'a-c'", "printf 'x\\n' | tr; echo rc $?", "printf 'x\\n' | tr a; echo rc $?", "printf 'abc\\n' | tr abc x",
          "printf 'hello world\\n' | tr -s ' ' '_'", "printf 'abc\\n' | tr -d; echo rc $?", "printf 'aXXbYYc\\n' | tr -ds X Y"]:
    print("$", c, flush=True)
    os.system(c + " 2>&1")
