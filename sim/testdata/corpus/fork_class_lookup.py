# Lookups through a class hierarchy on both sides of a fork: each process
# changes its classes after the fork, and neither sees the other's change.
# (The simulator's copy of a class shares the original's lookup cache until
# either side changes, see Class.lookup.)
import os
import sys


class Base:
    tag = "base"

    def who(self):
        return "Base.who"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


x = Leaf()
# Fill the cache before the fork: hits and misses.
print(x.tag, x.who(), hasattr(x, "extra"), getattr(Leaf, "tag"))
sys.stdout.flush()

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    Mid.who = lambda self: "Mid.who (child)"
    Base.extra = "child extra"
    del Base.tag
    lines = [x.who(), getattr(x, "extra", "-"), getattr(x, "tag", "no tag"), str(hasattr(Leaf, "tag"))]
    os.write(w, (" | ".join(lines) + "\n").encode())
    os._exit(0)

os.close(w)
child_saw = os.read(r, 1000).decode()
os.waitpid(pid, 0)
print("child saw:", child_saw, end="")
# The parent's classes are as they were.
print("parent sees:", x.who(), getattr(x, "extra", "-"), x.tag)
# Now the parent changes its own, after the child has gone.
Leaf.tag = "leaf"
Base.who = lambda self: "Base.who (parent, later)"
print("parent after:", x.tag, x.who(), Mid.tag)

# A second child forked after those changes sees them.
pid = os.fork()
if pid == 0:
    print("second child:", x.tag, x.who(), hasattr(x, "extra"))
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print("done")
