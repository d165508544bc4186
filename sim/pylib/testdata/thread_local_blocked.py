# blocked: threading.local needs per-thread attribute dictionaries, and
#   the VM calls neither __setattr__ nor __new__ of a Python class (the
#   condensed threading.local relies on object.__setattr__)
# versions: 3.8 3.11 3.12 3.13
# threading.local: each thread sees its own attributes; a subclass's
# __init__ runs again, with the same arguments, in each thread.
import threading

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
class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
ml = MyLocal(7)
def mloc():
    seen.append(ml.v)
lt = threading.Thread(target=mloc)
lt.start()
lt.join()
print('local subclass', seen[-1])
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)
