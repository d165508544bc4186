# subprocess with a descriptor that is not open as stdout: the child's dup2
# fails before its exec, Popen reaps it and raises OSError without the
# program's name; no child is left.
import subprocess, os
try:
    subprocess.run(["echo", "x"], stdout=99)
except OSError as e:
    print(type(e).__name__, e)
print("done")
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print(e)
