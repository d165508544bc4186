# pprint: short objects as their repr (dict keys sorted), wide ones one item
# per line.
import pprint

procs = {'zombie': [{'pid': 1203, 'ppid': 1200, 'state': 'Z', 'cmd': 'python3 worker.py --id 3'},
                    {'pid': 1204, 'ppid': 1200, 'state': 'Z', 'cmd': 'python3 worker.py --id 4'}],
         'alive': (1200, 1201), 'names': ['b', 'a', 'c'], 'empty': {}, 'one': (1,)}
pprint.pprint(procs)
pprint.pprint({'b': 1, 'a': 2})
pprint.pp({'b': 1, 'a': 2})
pprint.pprint(list(range(30)))
pprint.pprint(procs, width=40)
pprint.pprint(procs['zombie'], indent=4)
print(pprint.pformat({'key': 'value ' * 20}))
pprint.pprint('a long string ' * 8)
pprint.pprint([set(range(25)), set(range(30, 55))])
pprint.pprint({'nested': {'deeper': {'deepest': list(range(20)), 'x': 'y' * 40}}}, width=50)
print(pprint.saferepr({'z': [1, (2,)], 'a': None}))
loop = [1, 2]
loop.append(loop)
print(pprint.pformat(loop).replace(str(id(loop)), 'ID'))
