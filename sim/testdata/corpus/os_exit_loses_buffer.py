# os._exit skips flushing: the child's print never appears.
import os

pid = os.fork()
if pid == 0:
    print("you will not see this")
    os._exit(0)
os.waitpid(pid, 0)
print("parent done", flush=True)
