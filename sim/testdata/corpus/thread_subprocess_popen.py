# A thread waits for a child process while the main thread does other
# work; the return code is handed back through a Queue.
import queue
import subprocess
import threading

codes = queue.Queue()


def watch(cmd):
    p = subprocess.Popen(cmd)
    codes.put((cmd[-1], p.wait()))


watchers = [threading.Thread(target=watch, args=(["sh", "-c", "exit %d" % n],)) for n in (0, 3, 7)]
for w in watchers:
    w.start()
for w in watchers:
    w.join()
print(sorted(codes.get() for _ in range(3)))
