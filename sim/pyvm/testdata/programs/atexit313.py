# python: 3.13
# The 3.13 fork child of multiprocessing: clear the parent's exit handlers,
# register its own, run them explicitly, then os._exit.
import atexit
import os
import select
import signal

print(__name__, __file__.endswith("atexit313.py"))


def parent_handler():
    print("parent handler", flush=True)


def child_handler(tag):
    print("child handler", tag, flush=True)


atexit.register(parent_handler)
r, w = os.pipe()
print("select before:", select.select([r], [], [], 0)[0])
pid = os.fork()
if pid == 0:
    atexit._clear()
    atexit.register(child_handler, "x")
    os.write(w, b"!")
    atexit._run_exitfuncs()
    os._exit(0)
_, status = os.waitpid(pid, 0)
ready, _, _ = select.select([r], [], [])
print("select after:", ready == [r], os.read(r, 1))
print("child exit code:", os.waitstatus_to_exitcode(status), signal.Signals(15).name)
if __name__ == "__main__":
    print("main guard ran")
