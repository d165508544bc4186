# Fork copies the whole address space: after os.fork() the parent and the
# child each change their own lists, dicts, sets, instances, classes,
# closures' cells, generators and iterators in mid-iteration, bytearrays,
# function defaults and attributes, module dicts, globals and
# threading.local, and neither sees the other's changes; id() values stay;
# only the forking thread exists in the child.
import os
import sys
import threading

class C:
    k = 'class'
    def __init__(self):
        self.a = 'init'

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

def gen():
    for i in range(10):
        yield i

def f(x=[]):
    return x

lst = [0]
d = {'a': 0, 1: 'one', (2, 3): 'tuple'}
s = {0, 'x'}
fs = frozenset(s)
o = C()
inc = counter()
g = gen()
next(g)
it = iter([10, 11, 12, 13])
next(it)
di = iter(d)
next(di)
ba = bytearray(b'ab')
f.attr = 'fn'
G = 'global'
only_child = {'k': 0, 'j': 0}
only_parent = {'k': 0, 'j': 0}
local = threading.local()
local.v = 'main'
ev = threading.Event()
res = []

def worker():
    ev.wait()
    res.append('worker')

t = threading.Thread(target=worker)
t.start()
oid = id(o)
lid = id(lst)

def mutate(who):
    global G
    lst.append(who)
    d[who] = who
    del d['a']
    d[1] = who
    s.add(who)
    s.discard(0)
    o.a = who
    o.extra = who
    C.k = who
    C.added = who
    inc()
    inc()
    next(g)
    next(it)
    ba.extend(who.encode())
    f().append(who)
    f.attr = who
    G = who
    os.sep2 = who
    sys.modules['__main__'].mod_attr = who
    local.v = who
    mine = only_child if who == 'child' else only_parent
    del mine['k']
    mine['new'] = who

def show(who):
    print(who, lst, sorted(d.items(), key=repr), sorted(s, key=repr), sorted(fs, key=repr))
    print(who, o.a, getattr(o, 'extra', None), C.k, getattr(C, 'added', None), inc(), next(g), next(it), next(di))
    print(who, ba, f(), f.attr, G, getattr(os, 'sep2', None), getattr(sys.modules['__main__'], 'mod_attr', None), local.v)
    print(who, id(o) == oid, id(lst) == lid, only_child, only_parent)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.read(r, 1)
    mutate('child')
    show('child')
    print('child', threading.active_count(), res, t.is_alive())
    sys.stdout.flush()
    os._exit(0)
os.close(r)
mutate('parent')
os.write(w, b'x')
os.waitpid(pid, 0)
show('parent')
ev.set()
t.join()
print('parent', threading.active_count(), res, t.is_alive())
