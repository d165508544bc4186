# Workers report over a pipe as bytes lines; the parent splits and
# decodes them, keeping a bytearray buffer for partial reads.
import os

r, w = os.pipe()
for n in range(3):
    if os.fork() == 0:
        os.close(r)
        msg = b"worker=%d pid=%d status=%s\n" % (n, n * 100, b"ok" if n != 1 else b"fail")
        os.write(w, msg)
        os._exit(0)
os.close(w)
buf = bytearray()
while True:
    chunk = os.read(r, 7)
    if not chunk:
        break
    buf += chunk
for _ in range(3):
    os.wait()
lines = bytes(buf).splitlines()
print(len(lines), "lines,", len(buf), "bytes")
for line in sorted(lines):
    fields = dict(f.split(b"=", 1) for f in line.split())
    worker = int(fields[b"worker"])
    print(worker, fields[b"status"].decode(), fields[b"status"].upper(), line.startswith(b"worker"))
print(buf.count(b"ok"), buf.find(b"fail") > 0, b"fail" in buf, buf[:6], bytes(buf[:6]).hex(" "))
print(b"caf\xc3\xa9".decode(), b"\xff".decode("utf-8", errors="replace"), b"  x y ".strip().split(b" "))
