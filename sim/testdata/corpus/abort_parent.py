# os.abort() in the main program: killed by SIGABRT, unflushed output lost.
import os

print("flushed line", flush=True)
print("buffered line without newline", end="")
os.abort()
