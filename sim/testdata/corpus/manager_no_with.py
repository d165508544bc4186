# A Manager used without `with` and never shut down: its Finalize
# (exitpriority 0) stops the server at interpreter exit.
from multiprocessing import Manager, Process


def fill(l, start):
    for i in range(start, start + 3):
        l.append(i)


if __name__ == '__main__':
    manager = Manager()
    shared = manager.list()
    workers = [Process(target=fill, args=(shared, 10 * k)) for k in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(sorted(shared))
    print(len(shared), 20 in shared, shared[0] in (0, 10, 20))
    print('exiting without shutdown()')
