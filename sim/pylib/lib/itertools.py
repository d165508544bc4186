# itertools: the iterator building blocks, written as generators after the
# behaviour documented for CPython's Modules/itertoolsmodule.c (3.8-3.14;
# pairwise is new in 3.10, batched in 3.12). Results and errors are
# CPython's. The iterators are generators here, each disguised as the C
# type it stands for (_c_iterator): type(chain()) is itertools.chain and its
# repr <itertools.chain object at ...>, though it has a generator's send(),
# throw() and close() too. Left out: pickling and copying of iterator state,
# count's repr with float steps.

import sys as _sys
from _zombielab import c_type as _c_type
from _zombielab import gen_type as _gen_type


def _exactly(name, n, args, kwargs):
    # The C module's count check for iterators that take no keywords.
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)
    if len(args) != n:
        raise TypeError('%s expected %d argument%s, got %d' % (name, n, '' if n == 1 else 's', len(args)))
    return args


def _bind(name, params, args, kwargs):
    # Argument Clinic's binding of required parameters that may also come
    # by keyword: "compress() missing required argument 'data' (pos 1)".
    if len(args) > len(params):
        raise TypeError('%s() takes at most %d arguments (%d given)' % (name, len(params), len(args) + len(kwargs)))
    vals = list(args)
    for i, p in enumerate(params[len(args):], len(args)):
        if p not in kwargs:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, p, i + 1))
        vals.append(kwargs.pop(p))
    for k in kwargs:
        if _sys.version_info < (3, 13):
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))
        raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, k))
    return vals


def _int(v):
    # A C int argument (r, n).
    if isinstance(v, int):
        return v
    if isinstance(v, float) and _sys.version_info < (3, 10):
        raise TypeError('integer argument expected, got float')
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _add(a, b):
    # operator.add, without importing operator: this module runs hidden,
    # as C code, and imports nothing that would show lines.
    return a + b


class count(object):
    # itertools.count: start, start + step, ... for ever.

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and isinstance(self._step, int):
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


def cycle(*args, **kwargs):
    # itertools.cycle: the items again and again (saved on the first pass).
    # Like every iterator of the C module but chain, it takes its
    # iterables' iterators when made, so a bad argument fails there.
    iterable, = _exactly('cycle', 1, args, kwargs)
    return _cycle(iter(iterable))


def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


_FOREVER = object()


class repeat(object):
    # itertools.repeat: one object, for ever or times times.

    def __init__(self, *args, **kwargs):
        # itertools_repeat's argument clinic names a missing object by
        # its position, in every version.
        if not args and 'object' not in kwargs:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self.__init(*args, **kwargs)

    def __init(self, object, times=_FOREVER):
        self._object = object
        if times is not _FOREVER:
            # A C ssize_t: times=None is a TypeError too.
            if isinstance(times, float) and _sys.version_info < (3, 10):
                raise TypeError('integer argument expected, got float')
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
        self._left = None if times is _FOREVER else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._object

    def __length_hint__(self):
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._left)


def accumulate(*args, func=None, initial=None, **kwargs):
    # itertools.accumulate: running totals (or func's running results).
    if len(args) > 2:
        raise TypeError('accumulate() takes at most 2 positional arguments (%d given)' % len(args))
    if len(args) == 2:
        args, func = args[:1], args[1]
    iterable, = _bind('accumulate', ('iterable',), args, kwargs)
    return _accumulate(iter(iterable), _add if func is None else func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element)
        yield total


def chain(*iterables):
    # itertools.chain: the iterables one after the other.
    for it in iterables:
        for element in it:
            yield element


def _from_iterable(iterables):
    # itertools.chain.from_iterable: chain over a lazily read iterable.
    for it in iterables:
        for element in it:
            yield element



def compress(*args, **kwargs):
    data, selectors = _bind('compress', ('data', 'selectors'), args, kwargs)
    return (d for d, s in zip(iter(data), iter(selectors)) if s)


def dropwhile(*args, **kwargs):
    fn, iterable = _exactly('dropwhile', 2, args, kwargs)
    return _dropwhile(fn, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(*args, **kwargs):
    fn, iterable = _exactly('takewhile', 2, args, kwargs)
    return _takewhile(fn, iter(iterable))


def _takewhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            break
        yield x


def filterfalse(*args, **kwargs):
    predicate, iterable = _exactly('filterfalse', 2, args, kwargs)
    return _filterfalse(bool if predicate is None else predicate, iter(iterable))


def _filterfalse(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            yield x


def starmap(*args, **kwargs):
    fn, iterable = _exactly('starmap', 2, args, kwargs)
    return _starmap(fn, iter(iterable))


def _starmap(function, iterable):
    for args in iterable:
        yield function(*args)


_nothing = object()


class groupby(object):
    # itertools.groupby: (key, group) for each run of equal keys; a group
    # is valid only until the next one is asked for.

    def __init__(self, iterable, key=None):
        self._keyfunc = key if key is not None else (lambda x: x)
        self._it = iter(iterable)
        self._tgtkey = _nothing
        self._currkey = _nothing
        self._currvalue = _nothing
        self._token = None

    def __iter__(self):
        return self

    def __next__(self):
        self._token = object()
        while self._currkey is _nothing or (self._tgtkey is not _nothing and self._currkey == self._tgtkey):
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return self._currkey, _gen_type(self._group(self._tgtkey, self._token), _grouper)

    def _group(self, tgtkey, token):
        # One run: it ends when the key changes or the groupby moves on.
        while self._token is token and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                self._currkey = _nothing
                self._tgtkey = _nothing
                self._it = iter(())
                return
            self._currkey = self._keyfunc(self._currvalue)


def islice(iterable, *args):
    # itertools.islice(iterable, stop) or (iterable, start, stop[, step]).
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif len(args) in (2, 3):
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    elif not args:
        raise TypeError('islice expected at least 2 arguments, got 1')
    else:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    if stop is not None and (not isinstance(stop, int) or stop < 0):
        raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if start is None:
        start = 0
    elif not isinstance(start, int) or start < 0:
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if step is None:
        step = 1
    elif not isinstance(step, int) or step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    nexti = start
    i = 0
    while stop is None or nexti < stop:
        while i < nexti:
            try:
                next(it)
            except StopIteration:
                return
            i += 1
        try:
            element = next(it)
        except StopIteration:
            return
        i += 1
        yield element
        nexti += step


def tee(iterable, n=2):
    # itertools.tee: n iterators over one, sharing a buffer.
    n = _int(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mine.pop(0)
    return tuple(gen(b) for b in buffers)


def zip_longest(*iterables, fillvalue=None):
    # itertools.zip_longest: fillvalue for the exhausted ones.
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    # itertools.product: the cartesian product, rightmost fastest; the
    # pools are read when it is made.
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    return _product([tuple(pool) for pool in iterables] * repeat)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    # itertools.permutations: r-length orderings in lexicographic index
    # order.
    pool = tuple(iterable)
    n = len(pool)
    if r is not None and not isinstance(r, int):
        raise TypeError('Expected int as r')
    r = n if r is None else r
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(*args, **kwargs):
    # itertools.combinations: r-length subsequences in input order.
    iterable, r = _bind('combinations', ('iterable', 'r'), args, kwargs)
    r = _int(r)
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, n, r)


def _combinations(pool, n, r):
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(*args, **kwargs):
    iterable, r = _bind('combinations_with_replacement', ('iterable', 'r'), args, kwargs)
    r = _int(r)
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr(pool, n, r)


def _cwr(pool, n, r):
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


if _sys.version_info >= (3, 10):
    def pairwise(*args, **kwargs):
        # itertools.pairwise (3.10): overlapping pairs.
        iterable, = _exactly('pairwise', 1, args, kwargs)
        return _pairwise(iter(iterable))

    def _pairwise(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b

if _sys.version_info >= (3, 12):
    def batched(iterable, n, *, strict=False):
        # itertools.batched (3.12; strict= in 3.13): tuples of n items,
        # the last one shorter.
        if n < 1:
            raise ValueError('n must be at least one')
        return _batched(iter(iterable), n, strict)

    def _batched(it, n, strict):
        while True:
            batch = tuple(islice(it, n))
            if not batch:
                return
            if strict and len(batch) != n:
                raise ValueError('batched(): incomplete batch')
            yield batch


def _c_iterator(fn):
    # The class itertools.<name> that generator function fn stands for:
    # calling it returns fn's generator, typed as the class (its repr and
    # type() are the C type's).
    def __new__(cls, *args, **kwargs):
        return _gen_type(fn(*args, **kwargs), cls)
    return _c_type(type(fn.__name__, (object,), {'__new__': __new__, '__module__': 'itertools',
                                                   '__qualname__': fn.__name__, '__doc__': None}))


cycle = _c_iterator(cycle)
accumulate = _c_iterator(accumulate)
chain = _c_iterator(chain)
compress = _c_iterator(compress)
dropwhile = _c_iterator(dropwhile)
takewhile = _c_iterator(takewhile)
filterfalse = _c_iterator(filterfalse)
starmap = _c_iterator(starmap)
islice = _c_iterator(islice)
zip_longest = _c_iterator(zip_longest)
product = _c_iterator(product)
permutations = _c_iterator(permutations)
combinations = _c_iterator(combinations)
combinations_with_replacement = _c_iterator(combinations_with_replacement)
if _sys.version_info >= (3, 10):
    pairwise = _c_iterator(pairwise)
if _sys.version_info >= (3, 12):
    batched = _c_iterator(batched)


def _chain_from_iterable(cls, iterables):
    # itertools.chain.from_iterable, a class method.
    return _gen_type(_from_iterable(iter(iterables)), cls)


chain.from_iterable = classmethod(_chain_from_iterable)
_c_type(count)
_c_type(repeat)
_c_type(groupby)
# The type of groupby's groups.
_grouper = _c_type(type('_grouper', (object,), {'__module__': 'itertools', '__doc__': None}))
