import os, time
pid = os.fork()
if pid == 0:
    os._exit(0)
time.sleep(0.5)
os.system('ps -o stat= -p %d' % pid)
os.waitpid(pid, 0)
os.system('ps -p %d > /dev/null || echo gone' % pid)
