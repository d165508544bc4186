# Producer/consumer over a manager's JoinableQueue: task_done() and join()
# run in the server's queue.Queue.
from multiprocessing import Manager, Process


def consumer(q, out):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item.upper())
        q.task_done()


if __name__ == '__main__':
    with Manager() as m:
        q = m.JoinableQueue()
        out = m.list()
        c = Process(target=consumer, args=(q, out))
        c.start()
        for word in ['spam', 'eggs', 'ham']:
            q.put(word)
        q.put(None)
        q.join()
        print('all done:', list(out))
        c.join()
        print('consumer exit code:', c.exitcode, 'queue empty:', q.empty())
