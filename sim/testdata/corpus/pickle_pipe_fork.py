# Workers made with os.fork() send their results back as pickles through
# pipes, each message a 4-byte length and the pickle (a pattern from
# tutorials on fork-based worker pools).
import os
import pickle
import struct


def work(n):
    return {"n": n, "squares": [i * i for i in range(n)], "pid_parity": None, "ok": True}


def send(fd, obj):
    data = pickle.dumps(obj)
    os.write(fd, struct.pack("<I", len(data)) + data)


def read_exact(fd, n):
    buf = b""
    while len(buf) < n:
        chunk = os.read(fd, n - len(buf))
        if not chunk:
            raise EOFError("pipe closed after %d of %d bytes" % (len(buf), n))
        buf += chunk
    return buf


def recv(fd):
    (size,) = struct.unpack("<I", read_exact(fd, 4))
    return size, pickle.loads(read_exact(fd, size))


children = {}
for n in (3, 5, 8):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        send(w, work(n))
        send(w, ("done", n, b"\x00\xff", {1, 2}))
        os._exit(0)
    os.close(w)
    children[pid] = r

for pid, r in children.items():
    size, result = recv(r)
    print(size, result)
    print(recv(r))
    os.close(r)
    _, status = os.waitpid(pid, 0)
    print("exit", os.WEXITSTATUS(status))
print(pickle.dumps(work(2)))
