# next() on a ThreadPool imap iterator waits on a Condition inside a
# Python __next__: it must block like any other call.
from multiprocessing.pool import ThreadPool
with ThreadPool(2) as tp:
    it = tp.imap(len, ['a', 'bb'])
    print(next(it))
print('end')
