# A grandchild leaves everything a process group or an environment marker
# could find it by: it calls setsid() and execs /bin/sleep with an empty
# environment, while its parent exits. Main then ends; the launcher must
# still kill the sleep, which it finds by its ppid chain.
import os
import time

pid = os.fork()
if pid == 0:
    if os.fork() == 0:
        os.setsid()
        os.write(1, b'escapee %d\n' % os.getpid())
        os.execve('/bin/sleep', ['sleep', '1000'], {})
    os._exit(0)
os.waitpid(pid, 0)
time.sleep(0.3)
