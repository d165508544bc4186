# Children inherit the environment at fork.
import os
import sys

os.environ["WORKER_MODE"] = "batch"
pid = os.fork()
if pid == 0:
    print("child sees", os.environ["WORKER_MODE"], os.getenv("WORKER_MODE"))
    os.environ["WORKER_MODE"] = "changed in child"
    sys.exit(0)
os.waitpid(pid, 0)
print("parent still sees", os.environ["WORKER_MODE"])
print("missing:", os.getenv("NO_SUCH_VARIABLE"), os.getenv("NO_SUCH_VARIABLE", "default"))
print("HOME:", os.environ.get("HOME"))
print("in environ:", "PATH" in os.environ)
