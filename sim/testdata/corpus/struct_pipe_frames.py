# Length-prefixed messages over a pipe: the child packs a header (type,
# length) with struct and the parent reads exact frames back, the usual
# way to send records through a byte stream.
import os
import struct

HEADER = struct.Struct("!BI")  # message type, payload length (network order)


def read_exact(fd, n):
    data = b""
    while len(data) < n:
        chunk = os.read(fd, n - len(data))
        if not chunk:
            raise EOFError("pipe closed after %d of %d bytes" % (len(data), n))
        data += chunk
    return data


r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    for kind, text in [(1, "hello"), (2, "x" * 70000), (1, "bye")]:
        payload = text.encode()
        os.write(w, HEADER.pack(kind, len(payload)) + payload)
    samples = struct.pack("<3d", 0.5, -1.25, 3.0)
    os.write(w, HEADER.pack(3, len(samples)) + samples)
    os._exit(0)

os.close(w)
while True:
    try:
        kind, length = HEADER.unpack(read_exact(r, HEADER.size))
    except EOFError as e:
        print("done:", e)
        break
    payload = read_exact(r, length)
    if kind == 3:
        print("samples:", struct.unpack("<%dd" % (length // 8), payload))
    else:
        print("message", kind, length, "bytes:", payload[:10])
os.waitpid(pid, 0)
print("header size", HEADER.size, HEADER.format)
