# head's byte counts (-c N, -c -N) beside its line counts, in shell
# one-liners.
import os
for c in ["printf abcdef | head -c 3; echo", "printf abcdef | head -c -2; echo", "printf 'a\\nb\\nc\\n' | head -n 2", "printf abc | head -c2; echo", "printf abc | head -c 0; echo end"]:
    print("$", c, flush=True)
    os.system(c)
