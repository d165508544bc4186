# head's byte counts (-c N, -c -N) beside its line counts, in shell
# one-liners. (head -c 0 reads a file: on a pipe it may exit before printf
# writes, whose write then fails with EPIPE, SIGPIPE being ignored as
# CPython leaves it, and printf says "I/O error" when the race goes that
# way.)
import os
tmp = '/tmp/head_bytes_%d.txt' % os.getpid()
for c in ["printf abcdef | head -c 3; echo", "printf abcdef | head -c -2; echo", "printf 'a\\nb\\nc\\n' | head -n 2", "printf abc | head -c2; echo", "printf abc > FILE; head -c 0 FILE; echo end"]:
    print("$", c, flush=True)
    os.system(c.replace('FILE', tmp))
os.remove(tmp)
