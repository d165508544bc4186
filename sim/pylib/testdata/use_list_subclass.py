# list subclasses: methods of their own, the list operations (slices, + and *
# give lists, += the instance), comparisons both ways, overridden methods and
# what list's C code does not call, attributes, copy, json, a fork and a
# multiprocessing queue.
import copy, json, os, sys
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), Stack.__mro__, s[1:], type(s[1:]).__name__, s + [4], type(s + [4]).__name__)
print([0] + s, type([0] + s).__name__, s * 2, 2 * s, s == [1, 2, 3], [1, 2, 3] == s, s < [1, 3], 3 in s, list(reversed(s)))
s += [9]
print(s, type(s).__name__, s.index(2), s.count(9), sorted(s, reverse=True), json.dumps(s), str(s), repr(s), bool(Stack()))
s.sort(reverse=True); s.remove(9); s.insert(0, 7); print(s, s.pop(), s)
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return "%s%s" % (self.name, list.__repr__(self))
n = Named("xs", [3, 1])
n.append(2)
print(n, n.name, vars(n), copy.copy(n), copy.deepcopy(n), copy.copy(n).name, type(copy.copy(n)).__name__)
class Logged(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)
    def append(self, v):
        print("append", v)
        super().append(v)
lg = Logged([1, 2])
lg[0] = 10
lg.append(3)
lg.extend([4])
print(lg)
try:
    hash(s)
except TypeError as e:
    print(e)
try:
    class Bad(list, dict): pass
except TypeError as e:
    print(e)
pid = os.fork()
if pid == 0:
    n.append(99)
    print("child", n, n.name)
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print("parent", n)
print([1, 2, 3].index(3, 1), [1, 2, 3, 1].index(1, 1), [1, 2].index(2, -1))
try:
    [1, 2].index(1, 1)
except ValueError as e:
    print(e)
a, b, *c = Stack([1, 2, 3, 4])
print(a, b, c, [*Stack("ab")], max(Stack([4, 8])), sum(Stack([1, 2])), "-".join(Stack(["a", "b"])))


def worker(inbox, outbox):
    got = inbox.get()
    print("worker got", type(got).__name__, got, got.name)
    outbox.put(Stack([got.name]))


if __name__ == "__main__":
    import multiprocessing as mp
    mp.set_start_method("fork")
    inbox, outbox = mp.Queue(), mp.Queue()
    proc = mp.Process(target=worker, args=(inbox, outbox))
    proc.start()
    inbox.put(Named("sent", [1, [2]]))
    back = outbox.get()
    proc.join()
    print("back", back, type(back).__name__, back.peek())
