# versions: 3.8 3.11 3.12 3.13
# threading.local: each thread sees its own attributes; a subclass's
# __init__ runs again, with the same arguments, in each thread that uses
# it; a fork child keeps the forking thread's values.
import os
import threading
import time

data = threading.local()
data.x = 'main'
seen = []


def loc():
    seen.append(hasattr(data, 'x'))
    data.x = 'thread'
    seen.append(data.x)


lt = threading.Thread(target=loc)
lt.start()
lt.join()
print('local', seen, data.x)


class Conn(threading.local):
    count = 0

    def __init__(self, name):
        Conn.count += 1
        self.name = name
        self.items = []


c = Conn('db')
out = []


def work(i):
    c.items.append(i)
    data.who = 'worker %d' % i
    out.append((c.name, c.items, data.who, sorted(vars(data))))


ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))  # the threads may append in any order
print(c.items, hasattr(data, 'who'), Conn.count, type(data).__name__, isinstance(c, threading.local))
try:
    c.missing
except AttributeError as e:
    print('AttributeError:', e)
data.who = 'main'
del data.who
print(hasattr(data, 'who'))
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)
data.who = 'again'
c.items.append('before fork')
# A joined thread's task can linger a moment in the kernel; 3.12+ warns
# about fork() in a multi-threaded process while it does.
for _ in range(500):
    if len(os.listdir('/proc/self/task')) == 1:
        break
    time.sleep(0.01)
pid = os.fork()
if pid == 0:
    print('child sees', data.who, c.items, flush=True)
    os._exit(0)
os.waitpid(pid, 0)
