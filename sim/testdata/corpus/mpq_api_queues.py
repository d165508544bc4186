# The API of multiprocessing's queues objects, errors included (fork).
# Queue, JoinableQueue and SimpleQueue between processes.
import sys
import queue
import multiprocessing as mp


def produce(q, start, n):
    for i in range(start, start + n):
        q.put(i)
    q.put(None)


def work(jq, results):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        results.put(item * item)
        jq.task_done()


def big(q):
    q.put('y' * 200000)


if __name__ == '__main__':
    q = mp.Queue()
    ps = [mp.Process(target=produce, args=(q, k * 10, 5)) for k in range(3)]
    for p in ps:
        p.start()
    got, ends = [], 0
    while ends < 3:
        x = q.get()
        if x is None:
            ends += 1
        else:
            got.append(x)
    for p in ps:
        p.join()
    print(sorted(got), [p.exitcode for p in ps])

    q = mp.Queue(2)
    q.put('a')
    q.put('b')
    try:
        q.put('c', timeout=0.1)
    except queue.Full:
        print('Full')
    print(q.full(), q.qsize(), q.get(), q.get(), q.qsize())
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print('Empty')
    try:
        q.get_nowait()
    except queue.Empty:
        print('Empty nowait')
    q.close()
    q.join_thread()
    try:
        q.put(1)
    except ValueError:
        print('put after close: ValueError')

    jq, results = mp.JoinableQueue(), mp.Queue()
    ws = [mp.Process(target=work, args=(jq, results)) for i in range(2)]
    for w in ws:
        w.start()
    for i in range(6):
        jq.put(i)
    for w in ws:
        jq.put(None)
    jq.join()
    print('joined:', sorted(results.get() for i in range(6)))
    for w in ws:
        w.join()
    try:
        jq.task_done()
    except ValueError as e:
        print('ValueError:', e)

    sq = mp.SimpleQueue()
    print(sq.empty())
    sq.put(('t', 1))
    print(sq.empty(), sq.get(), sq.empty())

    q = mp.Queue()
    p = mp.Process(target=big, args=(q,))
    p.start()
    p.join(0.5)
    print('still alive while the pipe is full:', p.is_alive())
    print(len(q.get()))
    p.join()
    print('exitcode after draining:', p.exitcode)

    q = mp.Queue()
    q.cancel_join_thread()
    q.put('lost at exit is fine')
    print(q.get())
