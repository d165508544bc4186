# Split a sum between workers; each sends its part back through a pipe.
import os

def work(lo, hi):
    return sum(i * i for i in range(lo, hi))

chunks = [(0, 250), (250, 500), (500, 750), (750, 1000)]
readers = []
for lo, hi in chunks:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.write(w, str(work(lo, hi)).encode())
        os._exit(0)
    os.close(w)
    readers.append((pid, r))

total = 0
for pid, r in readers:
    total += int(os.read(r, 100))
    os.close(r)
    os.waitpid(pid, 0)
print("total:", total)
print("check:", total == sum(i * i for i in range(1000)))
