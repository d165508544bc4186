# Waiting when there is nobody to wait for.
import os

try:
    os.wait()
except ChildProcessError as e:
    print("ChildProcessError:", e.errno, e.strerror)
    print(e)
