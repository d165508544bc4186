# A pipe: the reader sees EOF once the last writer is closed.
import os

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"hello from child")
    os.close(w)
    os._exit(0)
os.close(w)
data = b""
while True:
    chunk = os.read(r, 5)
    if not chunk:
        break
    data += chunk
print("read:", data.decode(), len(data))
os.waitpid(pid, 0)
