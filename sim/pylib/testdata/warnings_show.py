# versions: 3.8 3.11 3.12 3.13
# What warnings print on stderr by default: each category's default
# filter, once per place (a loop warns once), stacklevel naming the
# caller's line, "module" and "once" actions, a non-str message, and
# os.fork's DeprecationWarning with the warnings module imported.
import os
import threading
import warnings


def deprecated_call():
    warnings.warn("use the new one", DeprecationWarning, stacklevel=2)


def loop_warn(i):
    warnings.warn("inside a loop")
    warnings.warn(PendingDeprecationWarning("pending: hidden by default"))
    warnings.warn("import warning: hidden", ImportWarning)
    warnings.warn("resource warning: hidden", ResourceWarning)


for i in range(3):
    loop_warn(i)
deprecated_call()
deprecated_call()
warnings.warn(5)
warnings.warn("bytes warning", BytesWarning)
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("module action")
warnings.warn("module action")
warnings.simplefilter("once")
warnings.warn("once action")
warnings.warn("once action")
warnings.simplefilter("default")
f = lambda: warnings.warn("from a lambda", SyntaxWarning)
f()
print("registry keys:", sorted(str(k[0]) for k in __warningregistry__ if k != "version"))
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
ev.set()
t.join()
print("done")
