# /proc/self/cmdline is argv joined with NUL bytes.
import os

with open("/proc/self/cmdline", "rb") as f:
    raw = f.read()
parts = raw.split(b"\0")
print("ends with NUL:", raw.endswith(b"\0"))
print("script:", parts[-2].decode())
print("argv agrees:", os.path.basename(parts[-2].decode()) == "proc_cmdline.py")
