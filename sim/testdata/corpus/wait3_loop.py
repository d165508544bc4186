# wait3 reaps any child and its usage.
import os

for code in (1, 2):
    if os.fork() == 0:
        os._exit(code)
codes = []
while True:
    try:
        pid, status, usage = os.wait3(0)
    except ChildProcessError:
        break
    codes.append(os.WEXITSTATUS(status))
print(sorted(codes))
