# The child writes its result to a file; the parent reads it after waiting.
import os

path = "/tmp/zombielab_corpus_result_%d" % os.getpid()
pid = os.fork()
if pid == 0:
    with open(path, "w") as f:
        f.write(str(sum(range(101))))
    os._exit(0)
os.waitpid(pid, 0)
with open(path) as f:
    print("child computed", f.read())
os.unlink(path)
