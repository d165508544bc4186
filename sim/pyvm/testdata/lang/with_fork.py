# os.fork() inside a with body: both processes run __exit__ when they leave
# the block.
import os


class Lock:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("acquire", self.name, flush=True)
        return self

    def __exit__(self, exc_type, exc, tb):
        who = "child" if os.getpid() != parent else "parent"
        print("release", self.name, "in", who, exc_type, flush=True)
        return who == "child"


parent = os.getpid()
with Lock("L"):
    pid = os.fork()
    if pid == 0:
        raise SystemError("suppressed in the child only")
    os.waitpid(pid, 0)
if pid == 0:
    print("child after the block", flush=True)
    os._exit(0)
print("parent after the block", flush=True)
