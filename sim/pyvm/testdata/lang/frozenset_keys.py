# Frozensets, and tuples holding them, as dict keys and set members: found
# by value, as CPython hashes them by their items (a graph search's set of
# visited states, a dict of edges).
a, b = frozenset({1, 2}), frozenset([2, 1])
d = {a: 'edge'}
print(d[b], b in d, d.get(frozenset({1, 2, 3})), len({a: 1, b: 2}), {a: 1, b: 2})
d[b] = 'again'
print(d, list(d.keys())[0] is a)
del d[frozenset({2, 1})]
print(d)
visited = set()
for state in [frozenset({'x'}), frozenset({'y'}), frozenset({'x'}), frozenset()]:
    if state in visited:
        print('seen', sorted(state))
    visited.add(state)
print(len(visited), frozenset() in visited, frozenset({'x'}) in visited)
s = {frozenset({1}), frozenset({1})}
print(len(s), {1} in s, s == {frozenset([1])})
s.discard({1})
print(s)
s.add(frozenset({3}))
s.remove({3})
print(s)
edges = {(1, frozenset({2, 3})): 'w'}
print(edges.get((1, frozenset({3, 2}))), (1, frozenset({2, 3})) in edges, (1, frozenset()) in edges)
pairs = {(frozenset({1}), 2), (frozenset({1}), 2)}
print(len(pairs), (frozenset([1]), 2) in pairs)
nested = {frozenset({frozenset({1})}): 'n'}
print(nested[frozenset([frozenset([1])])])
counts = {}
for st in [frozenset('ab'), frozenset('ba'), frozenset('a')]:
    counts[st] = counts.get(st, 0) + 1
print(sorted((sorted(k), v) for k, v in counts.items()))
print({frozenset({1}): 1} == {frozenset({1}): 1}, set([frozenset([1])]) | {frozenset([1])})
try:
    {}[frozenset({9})]
except KeyError as e:
    print('KeyError', e)


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x

    def __hash__(self):
        return hash(self.x)


print({P(1): 'a'} == {P(1): 'a'}, {P(1): 'a'} == {P(2): 'a'}, {(P(1), 2): 0} == {(P(1), 2): 0})
