# pickle: library types, enums, nested classes, cycles, files, and what
# loads says about bad data.
import pickle, enum, signal, os, io
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter
from dataclasses import dataclass

class Color(enum.Enum):
    RED = 1
    BLUE = 2

@dataclass
class Job:
    name: str
    tries: int = 0

class Outer:
    class Inner:
        pass

P = namedtuple('P', 'x y')
class Node:
    def __init__(self, v): self.v, self.next = v, None
a = Node(1); b = Node(2); a.next = b; b.next = a

vals = [Color.RED, Job('build', 2), P(1, 2), OrderedDict(a=1, b=2), defaultdict(list, {'k': [1]}), deque([1, 2], maxlen=5),
        Counter('hello'), signal.SIGTERM, Outer.Inner, Outer.Inner(), a, [b'x', b'x'], {'t': (1, [2])}]
for v in vals:
    for p in (0, 2, 4, 5):
        try:
            data = pickle.dumps(v, p)
            print(p, data)
            back = pickle.loads(data)
            print('  ->', type(back).__name__, back == v if not isinstance(v, (Node, Outer.Inner)) else 'obj')
        except Exception as e:
            print(p, type(e).__name__, e)
back = pickle.loads(pickle.dumps(a))
print(back.next.next is back, back.v, back.next.v)
f = io.BytesIO()
pickle.dump({'x': 1}, f)
pickle.dump([2], f)
f.seek(0)
print(pickle.load(f), pickle.load(f))
for bad in [b'', b'\x80\x04', b'garbage', b'\x80\x09N.', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N', b'(N', b'h\x05.', b'\x00']:
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
try:
    pickle.loads('text')
except Exception as e:
    print(type(e).__name__, e)
for kw in [dict(protocol=6), dict(protocol=-1)]:
    try:
        print(len(pickle.dumps(1, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PicklingError.__module__, pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
class Gone: pass
data = pickle.dumps(Gone())
del Gone
try:
    pickle.loads(data)
except Exception as e:
    print(type(e).__name__, str(e).split("<module '__main__'")[0])
