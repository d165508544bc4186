# json: dumps (indent, sort_keys, separators, ensure_ascii, default, cls),
# loads with CPython's error messages, dump/load through a file-like object.
import json
from collections import OrderedDict, Counter, namedtuple

data = {'name': 'worker-1', 'pid': 4242, 'alive': False, 'exit': None,
        'codes': [0, 1, -15], 'load': 0.25, 'nested': {'b': [1, 2.5, {}], 'a': []}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, indent='\t', separators=(', ', ' = ')))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps('plain'))
print(json.dumps(3), json.dumps(-0.0), json.dumps(1e100), json.dumps(0.1 + 0.2), json.dumps(10 ** 20))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps('quote " backslash \\ slash / tab \t newline \n bell \x07 del \x7f'))
print(json.dumps('caf\u00e9 \u4e2d\u6587 \U0001F600'), json.dumps('caf\u00e9 \u4e2d\u6587', ensure_ascii=False))
print(json.dumps({1: 'one', 2.5: 'x', True: 't', None: 'n', 'k': (1, 2)}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps(Counter('aab')))
Point = namedtuple('Point', 'x y')
print(json.dumps({'p': Point(1, 2)}))
print(json.dumps({(1, 2): 'x', 'ok': 1}, skipkeys=True))
try:
    json.dumps({(1, 2): 'x'})
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError:', e)


class Task:
    def __init__(self, name, pid):
        self.name = name
        self.pid = pid


print(json.dumps([Task('a', 1)], default=lambda o: o.__dict__))


class TaskEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Task):
            return {'task': o.name}
        if isinstance(o, set):
            return sorted(o)
        return json.JSONEncoder.default(self, o)


print(json.dumps({'t': Task('b', 2), 's': {3, 1}}, cls=TaskEncoder, indent=1))
print(TaskEncoder().encode([Task('c', 3)]))

text = '{"name": "w", "codes": [0, -1, 2.5e3, 1E-2], "ok": true, "none": null, "s": "a\\"b\\\\c\\u00e9\\n\\ud83d\\ude00"}'
obj = json.loads(text)
print(obj)
print(obj['s'], len(obj['s']), type(obj['codes'][2]).__name__)
print(json.loads('  [1, 2, {"a": {}}]  '), json.loads('"x"'), json.loads('-0'), json.loads('3.0'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('[7]', parse_int=float))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads(json.dumps(data)) == data)
bad = ['', '   ', '[1, 2', '{"a" 1}', '{"a": 1 "b": 2}', '{a: 1}', '[1,]', '{"a": 1,}',
       '[1 2]', 'nul', '"abc', '"a\\x"', '"\\u12"', '"tab\there"', '[1] x', '01', '{"a":}',
       '"\\ud83d\\u12"', '"\\ud83d\\uzzzz"', '"abc\\', '-', '1.', '.5', '"a\nb"', '{"a": [1, {"b": }]}', '\n\n  [1,\n   oops]', '[', '{']
for doc in bad:
    try:
        json.loads(doc)
        print(repr(doc), 'parsed')
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads('[1,]')
except ValueError as e:
    print('a JSONDecodeError is a ValueError:', type(e).__name__)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError:', e)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def read(self):
        return ''.join(self.parts)


sink = Sink()
json.dump({'k': [1, 2]}, sink, indent=2)
print(sink.read())
print(json.load(sink))
json.loads('{"unterminated": ')
