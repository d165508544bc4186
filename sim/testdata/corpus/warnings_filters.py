# The warnings module as tutorials use it: a deprecation shim with
# stacklevel=2, filters that silence or escalate, catch_warnings to test
# that a warning was issued, a custom showwarning, and os.fork's own
# DeprecationWarning (3.12+) silenced the way test suites do it.
import os
import threading
import warnings


def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2


def risky(n):
    warnings.warn("n is large: %d" % n, RuntimeWarning)
    return n


def where(w):
    return "%s %s:%s %s" % (w.category.__name__, os.path.basename(w.filename), w.lineno, w.message)


print(old_api(21))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    risky(10)
    risky(10)
    warnings.warn("plain")
    warnings.warn(UserWarning("an instance"))
    warnings.warn("too far", stacklevel=9)
print(len(caught))
for w in caught:
    print(where(w))

with warnings.catch_warnings(record=True) as caught:
    for i in range(3):
        risky(i)
    warnings.simplefilter("once")
    for i in range(3):
        risky(99)
    warnings.filterwarnings("ignore", message="N IS")
    risky(5)
    warnings.filterwarnings("ignore", category=UserWarning, module="__main__")
    warnings.warn("hidden")
print([str(w.message) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        risky(7)
    except RuntimeWarning as e:
        print("escalated:", repr(e))
    try:
        warnings.warn("as error", FutureWarning)
    except Warning as e:
        print("escalated:", type(e).__name__, e)


def show(message, category, filename, lineno, file=None, line=None):
    print("SHOWN", category.__name__, message, os.path.basename(filename), lineno)


saved = warnings.showwarning
warnings.showwarning = show
warnings.warn("custom hook")
risky(3)
warnings.showwarning = saved
print(warnings.formatwarning("text", UserWarning, "prog.py", 12, "  x = 1  "), end="")
print(warnings.formatwarning("text", SyntaxWarning, "prog.py", 3, ""), end="")

for args in [("sometimes",), ("ignore", b"bytes"), ("ignore", "", int), ("ignore", "", Warning, "", -1)]:
    try:
        warnings.filterwarnings(*args)
    except (AssertionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    warnings.warn("x", category=str)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("never")
except (AssertionError, ValueError) as e:
    print(type(e).__name__, e)

# os.fork in a process with another thread: a DeprecationWarning on 3.12+.
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", r"This process \(pid=\d+\) is multi-threaded", DeprecationWarning)
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
print("fork warnings:", [w.category.__name__ + " " + str(w.message).split(",")[0].split(" (pid")[0] for w in caught])
ev.set()
t.join()
warnings.resetwarnings()
print(len(warnings.filters), warnings.defaultaction)
risky(1000)
