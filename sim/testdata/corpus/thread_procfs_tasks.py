# A process with two threads: /proc/PID/task lists three tasks, stat and
# status count them, each task has its own stat and status.
import os, threading, time
ev = threading.Event()
def w():
    ev.wait()
ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts:
    t.start()
pid = os.getpid()
tasks = sorted(os.listdir('/proc/%d/task' % pid), key=int)
print(len(tasks), tasks[0] == str(pid))
with open('/proc/self/status') as f:
    print([l for l in f.read().splitlines() if l.startswith('Threads')])
with open('/proc/self/stat') as f:
    print(f.read().split()[19])
tid = tasks[1]
with open('/proc/%d/task/%s/stat' % (pid, tid)) as f:
    print(f.read().split()[0] == tid)
with open('/proc/%d/task/%s/status' % (pid, tid)) as f:
    st = dict(l.split(':\t', 1) for l in f.read().splitlines())
    print(st['Tgid'] == str(pid), st['Pid'] == tid)
print(threading.get_native_id() == pid, sorted(t.native_id for t in ts) == [int(x) for x in tasks[1:]])
ev.set()
for t in ts:
    t.join()
# A joined thread's task may outlive join() for a moment (its lock is
# released before the thread exits): wait for it, at most 10 s.
import time
for _ in range(1000):
    if len(os.listdir('/proc/self/task')) == 1:
        break
    time.sleep(0.01)
print(len(os.listdir('/proc/self/task')))
