# A child sends a message to its parent through a pipe.
import os

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"hello from the child")
    os.close(w)
    os._exit(0)
os.close(w)
data = b""
while True:
    chunk = os.read(r, 5)
    if not chunk:
        break
    data += chunk
os.close(r)
os.waitpid(pid, 0)
print("parent got:", data.decode())
print("length:", len(data))
