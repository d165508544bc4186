# tr as shell one-liners use it: squeezing spaces before cut, mapping,
# deleting, and its missing-operand messages (read from /dev/null, not a
# pipe: a tr that exits at once would leave the printf before it an EPIPE
# to report, sooner or later).
import os
for c in ["printf 'a  b   c\\n' | tr -s ' '", "printf 'hello\\n' | tr a-z A-Z", "printf 'hello\\n' | tr -d l", "printf 'a\\nb\\n' | tr '\\n' ' '; echo",
          "printf 'aabbcc\\n' | tr -s 'a-c'", "tr < /dev/null; echo rc $?", "tr a < /dev/null; echo rc $?", "printf 'abc\\n' | tr abc x",
          "printf 'hello world\\n' | tr -s ' ' '_'", "tr -d < /dev/null; echo rc $?", "printf 'aXXbYYc\\n' | tr -ds X Y"]:
    print("$", c, flush=True)
    os.system(c + " 2>&1")
