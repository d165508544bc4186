# An RLock can be taken again by the thread that holds it: a recursive
# function that locks on every level.
import threading

rlock = threading.RLock()
visited = []


def walk(tree, depth=0):
    with rlock:
        visited.append((depth, tree[0]))
        for child in tree[1:]:
            walk(child, depth + 1)


tree = ("root", ("a", ("a1",)), ("b",))
threads = [threading.Thread(target=walk, args=(tree,)) for _ in range(2)]
for t in threads:
    t.start()
    t.join()
print(visited)
plain = threading.Lock()
plain.acquire()
print("a plain Lock taken twice would block:", plain.acquire(timeout=0.05))
