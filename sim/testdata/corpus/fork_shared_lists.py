# A fork gives the child its own lists: every way of changing a list of
# numbers or strings, on either side, stays on that side, also when the
# list has room to grow (appended to, then popped) before the fork.
import os
import random

a = list(range(8))
b = ['x', 'y', 'z']
c = [3, 1, 2]
grow = [1, 2, 3, 4, 5]
grow.pop()
grow.pop()          # room past the end of the array
empty = []
nested = [[1], [2]]


def change(who):
    global b
    a.append(who)
    a.extend([who, who])
    a[0] = who
    a[1:3] = [who]
    a[::2] = [who] * len(a[::2])
    del a[-1]
    b.insert(1, who)
    b.remove('z')
    b.pop(0)
    b += [who]
    c.sort(reverse=(who == 'child'))
    c.reverse()
    random.Random(7).shuffle(c)
    grow.append(who)
    empty.append(who)
    nested[0].append(who)


def show(who):
    print(who, a, b, c, grow, empty, nested, flush=True)


r, w = os.pipe()       # parent -> child
r2, w2 = os.pipe()     # child -> parent
pid = os.fork()
if pid == 0:
    os.close(w)
    os.close(r2)
    change('child')
    show('child')
    os.write(w2, b'x')
    os.read(r, 1)        # the parent has changed its own lists by now
    show('child again')
    os._exit(0)
os.close(r)
os.close(w2)
os.read(r2, 1)           # the child has changed its lists by now
change('parent')
show('parent')
os.write(w, b'x')
os.waitpid(pid, 0)
grow.clear()
show('parent last')
