# A parent forks, then writes to methods and module functions it had at the
# first fork (attributes, __name__, __defaults__, rebinding), and forks again:
# every later child sees the parent's state as it was at its own fork, and
# no child's write reaches the parent. (The simulator lets a fork share a
# class's or module's functions and skips looking again at what it shared
# before while nothing changed; a write must end that.)
import os
import sys


class Greeter:
    def hello(self, who="world"):
        return "hello " + who

    def bye(self):
        return "bye"


def helper(x=1):
    return x * 10


def report(tag):
    h = Greeter.hello
    print(tag, h.__name__, getattr(h, "note", None), Greeter().hello(),
          helper(), helper.__name__, Greeter().bye())
    sys.stdout.flush()


def fork_and_report(tag, child_writes=False):
    pid = os.fork()
    if pid == 0:
        report(tag)
        if child_writes:
            Greeter.hello.note = "child wrote this"
            Greeter.bye = lambda self: "child bye"
            helper.__defaults__ = (7,)
            report(tag + " after writing")
        os._exit(0)
    os.waitpid(pid, 0)


fork_and_report("first", child_writes=True)
report("parent")
Greeter.hello.note = "parent note"
fork_and_report("second")
Greeter.hello.__name__ = "renamed"
helper.__defaults__ = (2,)
fork_and_report("third")
helper.__name__ = "helper2"
Greeter.hello.__defaults__ = ("there",)
fork_and_report("fourth")


def new_bye(self):
    return "new bye"


Greeter.bye = new_bye
fork_and_report("fifth")
fork_and_report("sixth", child_writes=True)
report("parent at the end")
