# queue: FIFO, LIFO and priority queues in one thread; Empty and Full.
import queue

q = queue.Queue()
for job in ['fork', 'wait', 'reap']:
    q.put(job)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print('Empty')
try:
    q.get(timeout=0.1)
except queue.Empty:
    print('Empty after timeout')
small = queue.Queue(maxsize=2)
small.put(1)
small.put_nowait(2)
try:
    small.put_nowait(3)
except queue.Full:
    print('Full', small.full(), small.qsize())
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, 'exit'), (1, 'fork'), (2, 'wait')]:
    pq.put(item)
print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put('a')
print(sq.get(), sq.empty(), sq.qsize())
tasks = queue.Queue()
tasks.put('task')
tasks.get()
tasks.task_done()
tasks.join()
print('joined', tasks.unfinished_tasks)
try:
    tasks.task_done()
except ValueError as e:
    print('ValueError:', e)
print(issubclass(queue.Empty, Exception), queue.Full.__name__)
