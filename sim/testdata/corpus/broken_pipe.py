# Writing to a pipe nobody reads: CPython ignores SIGPIPE, so write raises.
import os

r, w = os.pipe()
os.close(r)
try:
    os.write(w, b"hello")
except BrokenPipeError as e:
    print("BrokenPipeError:", e)
pid = os.fork()
if pid == 0:
    os.write(w, b"again")
    os._exit(0)
_, status = os.waitpid(pid, 0)
print("child signalled:", os.WIFSIGNALED(status), "exit code:", os.WEXITSTATUS(status))
