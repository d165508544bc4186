# The library with multiprocessing: dataclass-like task records, a deque
# of pending work, functools.partial targets, and logging from workers.
import logging
import functools
import multiprocessing as mp
from collections import deque, OrderedDict
from contextlib import suppress

logging.basicConfig(level=logging.INFO, format='[%(processName)s] %(levelname)s: %(message)s')


def work(task_id, size, scale=1):
    logging.info('task %d: %d units', task_id, size * scale)
    if size > 2:
        raise SystemExit(size)


if __name__ == '__main__':
    pending = deque([(1, 1), (2, 3), (3, 2)])
    results = OrderedDict()
    while pending:
        task_id, size = pending.popleft()
        p = mp.Process(target=functools.partial(work, scale=10), args=(task_id, size), name='worker-%d' % task_id)
        p.start()
        p.join()
        results[task_id] = p.exitcode
        logging.info('%s finished: exit code %s, %d left', p.name, p.exitcode, len(pending))
    print(results)
    with suppress(KeyError):
        print(results[99])
    print('failed:', [t for t, code in results.items() if code])
