# Namespace proxy: attributes set in a child are seen by the parent; a
# mutable attribute must be reassigned (the docs' caveat about proxies).
from multiprocessing import Manager, Process


def work(ns):
    ns.x += 1
    ns.y = 'set in child'
    items = ns.items
    items.append(3)      # changes a local copy only
    ns.fixed = items + [4]


if __name__ == '__main__':
    mgr = Manager()
    ns = mgr.Namespace()
    ns.x = 10
    ns.items = [1, 2]
    p = Process(target=work, args=(ns,))
    p.start()
    p.join()
    print(ns.x, ns.y)
    print(ns.items, ns.fixed)
    print(ns)
    try:
        print(ns.missing)
    except AttributeError as e:
        print('AttributeError:', e)
    mgr.shutdown()
