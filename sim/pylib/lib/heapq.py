# heapq: the binary min-heap on a list, condensed from CPython's
# Lib/heapq.py (3.8-3.14; CPython runs the C module _heapq, which moves
# items exactly as the pure-Python _siftdown/_siftup do, so a printed heap
# shows the same layout). nlargest, nsmallest and merge give what their
# documented equivalents give (sorted(...)[:n], sorted(chain(...))),
# computed that way here. Left out: the _max variants.

import sys as _sys

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

_V = _sys.version_info[:2]


def _heap(name, args, n):
    # _heapq's checks, as each version words them: the count (METH_O for
    # the one-argument functions, named _heapq.f() from 3.9; Argument
    # Clinic's for the others), then a list for the heap.
    if len(args) != n:
        if n == 1:
            raise TypeError('%s() takes exactly one argument (%d given)' % (name if _V < (3, 9) else '_heapq.' + name, len(args)))
        raise TypeError('%s expected %d arguments, got %d' % (name, n, len(args)))
    heap = args[0]
    if not isinstance(heap, list):
        if _V < (3, 10):
            raise TypeError('heap argument must be a list')
        what = 'None' if heap is None else type(heap).__name__
        raise TypeError('%s() argument%s must be list, not %s' % (name, '' if n == 1 else ' 1', what))
    return args


def heappush(*args):
    heap, item = _heap('heappush', args, 2)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(*args):
    # heappop: the last item refills the root, then sifts up.
    heap, = _heap('heappop', args, 1)
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(*args):
    # heapreplace: pop then push, in one sift.
    heap, item = _heap('heapreplace', args, 2)
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(*args):
    # heappushpop: push then pop, in one sift.
    heap, item = _heap('heappushpop', args, 2)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(*args):
    # heapify: sift up every parent, last first.
    x, = _heap('heapify', args, 1)
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    # Move heap[pos] up toward startpos while it is smaller than its
    # parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Move the smaller child up until a leaf is reached, then put
    # heap[pos]'s item there and sift it down (Knuth's bottom-up variant,
    # as CPython does).
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    # heapq.merge: the sorted inputs merged, ties in input order; a
    # generator, as CPython's, reading its inputs at the first next().
    items = []
    for it in iterables:
        items.extend(it)
    yield from sorted(items, key=key, reverse=reverse)


def nsmallest(n, iterable, key=None):
    # Equivalent to sorted(iterable, key=key)[:n].
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    # Equivalent to sorted(iterable, key=key, reverse=True)[:n].
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]
