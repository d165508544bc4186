# Counter, defaultdict and OrderedDict as dict subclasses (isinstance, MRO,
# ==, json, copy, a fork, a multiprocessing queue), and dict subclasses of
# the program's own: __missing__, overridden item methods, attribute dicts,
# __slots__, pprint's layouts, and what dict's C code does not call.
import copy
import json
import os
import sys
import multiprocessing as mp
from collections import Counter, OrderedDict, defaultdict


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c, isinstance(c, dict), issubclass(Counter, dict), Counter.__mro__)
print(c["the"], c["dog"], "dog" in c, len(c), c.most_common(2), sorted(c.elements())[:4])
print(dict(c) == c, c == dict(c), {**c} == c, json.dumps(c, sort_keys=True), list(c)[:3])
c.update({"cat": 2}, dog=1)
c.subtract(["the"])
del c["nothing"]
print(c, c.get("dog"), c.pop("bat"), c)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, z=0)
print(d + e, d - e, d | e, d & e, +e, -Counter(x=-2))
print(d == Counter(a=3, b=1, z=0), d != e)
attempt("lt", lambda: Counter(a=1) < Counter(a=2))
attempt("total", lambda: d.total())
attempt("fromkeys", lambda: Counter.fromkeys("ab"))
f = Counter(a=2)
f += Counter(a=-5, b=1)
print(f, type(f).__name__)

dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dd, isinstance(dd, dict), dd["none"], len(dd), dict(dd))
attempt("attr", lambda: setattr(dd, "extra", 1))
attempt("vars", lambda: vars(dd))
attempt("bad factory", lambda: defaultdict(5))
nf = defaultdict()
attempt("no factory", lambda: nf["k"])
print(nf, dd.default_factory, copy.copy(dd), copy.deepcopy(dd) == dd)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(json.dumps(t))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.get("q"), "q" in counts)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
od.move_to_end("c", last=False)
print(od, list(od), isinstance(od, dict), od.popitem(last=False), od.popitem())
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, list(reversed(o1)), OrderedDict.fromkeys("ab", 0))
attempt("move missing", lambda: o1.move_to_end("nope"))
attempt("pop empty", lambda: OrderedDict().popitem())
o1.tag = "attrs"
print(o1.tag, copy.copy(o1), copy.deepcopy(o1), json.dumps(o1))


class Registry(dict):
    def __init__(self, name, *args, **kw):
        super().__init__(*args, **kw)
        self.name = name

    def __missing__(self, key):
        print("missing", key)
        return key.upper()

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def describe(self):
        return "%s: %s" % (self.name, sorted(self.items()))


r = Registry("reg", {"Already": 1}, Other=2)
r["Mixed"] = 3
r.update({"UPD": 4})
r.setdefault("SD", 5)
print(r, r.describe(), r["zzz"], r.get("zzz"), "zzz" in r, vars(r))
print(type(r.copy()).__name__, dict.fromkeys("xy"), type(Registry.fromkeys("ab", "n")).__name__ if False else "-")
attempt("hash", lambda: hash(r))
attempt("layout", lambda: type("Bad", (dict, tuple), {}))
attempt("object new", lambda: object.__new__(Registry))


class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__


a = AttrDict(host="localhost")
a.port = 8080
print(a, a.host, a["port"])
del a.host
print(a)
attempt("missing attr", lambda: a.user)


class Namespace(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.__dict__ = self


ns = Namespace(x=1)
ns.y = 2
print(ns, ns.x, vars(ns) is ns, "%(x)s-%(y)s" % ns, "{x}+{y}".format(**ns))


class Point2(dict):
    __slots__ = ("label",)


p2 = Point2(x=1)
p2.label = "P"
print(p2, p2.label)
attempt("slot", lambda: setattr(p2, "other", 1))

import pprint
pc = Counter("abracadabra" * 3)
pprint.pprint(pc, width=30)
pprint.pprint(OrderedDict((str(i) * 10, i) for i in range(8)))
pprint.pprint(defaultdict(list, {("key%d" % i): list(range(i)) for i in range(6)}))
pprint.pprint(Registry("pp", {("k%d" % i) * 8: i for i in range(9)}))
print(pprint.pformat(Registry("pp", b=1, a=2)), pprint.pformat(OrderedDict()), pprint.pformat(pc))

cfg = Registry("cfg", debug=True)
pid = os.fork()
if pid == 0:
    cfg["Child"] = 1
    print("child", cfg, cfg.name, type(cfg).__name__)
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print("parent", cfg)


def worker(inbox, outbox):
    got = inbox.get()
    print("worker got", type(got).__name__, got, getattr(got, "name", None))
    outbox.put(Counter("aab"))


if __name__ == "__main__":
    mp.set_start_method("fork")
    inbox, outbox = mp.Queue(), mp.Queue()
    proc = mp.Process(target=worker, args=(inbox, outbox))
    proc.start()
    inbox.put(Registry("sent", a=1))
    back = outbox.get()
    proc.join()
    print("back", back, type(back).__name__, back["zz"])
