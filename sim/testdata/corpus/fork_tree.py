# fork() twice in a row makes four processes: count them.
import os

original = os.getpid()
r, w = os.pipe()
os.fork()
os.fork()
os.write(w, b"x")
try:
    while True:
        os.wait()
except ChildProcessError:
    pass
if os.getpid() == original:
    os.close(w)
    data = b""
    while True:
        chunk = os.read(r, 16)
        if not chunk:
            break
        data += chunk
    print("processes:", len(data))
