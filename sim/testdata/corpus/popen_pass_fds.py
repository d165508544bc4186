# pass_fds keeps a pipe's write end open in the child: without it the
# child's descriptor is closed (close_fds) and the write fails.
import os
import subprocess
import sys

child = 'import os, sys\ntry:\n    os.write(int(sys.argv[1]), b"hello through fd")\n    print("wrote")\nexcept OSError as e:\n    print("child:", e.strerror)\n'
r, w = os.pipe()
subprocess.run([sys.executable, '-c', child, str(w)], pass_fds=(w,))
os.close(w)
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
subprocess.run([sys.executable, '-c', child, str(w)])
os.close(w)
print(os.read(r, 100))
os.close(r)
