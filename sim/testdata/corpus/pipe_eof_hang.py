# The parent forgot to close its write end... then remembers.
import os

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    for i in range(3):
        os.write(w, f"line {i}\n".encode())
    os._exit(0)
os.close(w)  # without this, read() would wait forever
with os.fdopen(r) as f:
    for line in f:
        print("got", line.rstrip())
os.wait()
