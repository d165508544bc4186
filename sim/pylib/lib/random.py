# The random module: Lib/random.py of CPython 3.8-3.13, condensed and
# written again (the Random class over the Mersenne Twister of _random,
# the distributions, the module-level functions bound to one hidden
# instance), with each version's differences behind _V: the DeprecationWarnings
# of 3.9-3.11, randrange's switch to operator.index (3.10-3.12), sample's
# counts (3.9) and the end of sets (3.11), the weights/k mix-up message and
# the finite total of choices, default arguments (3.11, 3.12),
# binomialvariate (3.12). It runs hidden, as the C parts of CPython's do:
# its lines are not shown and a traceback ends at the caller's line.
import sys as _sys
import os as _os
import _random
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from math import lgamma as _lgamma, fabs as _fabs, log2 as _log2
from os import urandom as _urandom
from collections.abc import Set as _Set, Sequence as _Sequence
from operator import index as _index
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
from hashlib import sha512 as _sha512
from warnings import warn as _warn

_V = _sys.version_info[:2]
# 3.9 and 3.10 take _randbelow(0) as 0.
_ZERO_IS_ZERO = _V in ((3, 9), (3, 10))

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1
_DEPRECATED = 'non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version'


class Random(_random.Random):
    # random.py's Random: the distributions over _random's random() and
    # getrandbits(), the state versioned for pickling.
    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        if version == 1 and isinstance(a, (str, bytes)):
            # The seeding of Python 2, kept for old programs.
            a = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(a[0]) << 7 if a else 0
            for c in map(ord, a):
                x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(a + _sha512(a).digest(), 'big')
        elif _V >= (3, 9) and not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            if _V >= (3, 13):
                raise TypeError('The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.')
            if _V >= (3, 11):
                raise TypeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.')
            _warn('Seeding based on hashing is deprecated\nsince Python 3.9 and will be removed in a subsequent version. '
                  'The only \nsupported seed types are: None, int, float, str, bytes, and bytearray.', DeprecationWarning, 1)
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            super().setstate(internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
            # Python 2.7's states hold signed words.
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
            super().setstate(internalstate)
        else:
            raise ValueError('state with version %s passed to Random.setstate() of version %s' % (version, self.VERSION))

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that brings its own random() but no getrandbits()
        # draws integers from random() alone.
        for c in cls.__mro__:
            if '_randbelow' in c.__dict__:
                break
            if 'getrandbits' in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def _randbelow_with_getrandbits(self, n):
        if _ZERO_IS_ZERO and not n:
            return 0
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        random = self.random
        if n >= maxsize:
            _warn('Underlying random() generator does not supply \nenough bits to choose from a population range this large.\n'
                  'To remove the range limitation, add a getrandbits() method.')
            return _floor(random() * n)
        if n == 0:
            if _V == (3, 8):
                raise ValueError('Boundary cannot be zero')
            if _V < (3, 11):
                return 0
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def _whole(self, v, what, direct):
        # randrange's argument as an int: int() with an equality check
        # before 3.10, operator.index from 3.12, the first then the
        # second with a warning in 3.10 and 3.11. CPython's warning names
        # the caller of randrange: the program's line (shown), or
        # randint's in random.py (a module the default filters silence,
        # so it is left out here).
        if _V >= (3, 12):
            return _index(v)
        if _V >= (3, 10):
            try:
                return _index(v)
            except TypeError:
                i = int(v)
                if i != v:
                    if direct:
                        _warn('randrange() will raise TypeError in the future', DeprecationWarning, 1)
                    raise ValueError('non-integer %s for randrange()' % what)
                if direct:
                    _warn(_DEPRECATED, DeprecationWarning, 1)
                return i
        i = int(v)
        if i != v:
            raise ValueError('non-integer %s for randrange()' % what)
        return i

    def randrange(self, start, stop=None, step=_ONE):
        return self._randrange(start, stop, step, True)

    def _randrange(self, start, stop, step, direct):
        istart = self._whole(start, 'arg 1', direct)
        if stop is None:
            if _V >= (3, 10) and step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError('empty range for randrange()')
        istop = self._whole(stop, 'stop', direct)
        width = istop - istart
        if _V < (3, 10):
            if step == 1 and width > 0:
                return istart + self._randbelow(width)
            if step == 1:
                raise ValueError('empty range for randrange() (%d, %d, %d)' % (istart, istop, width))
            istep = self._whole(step, 'step', direct)
        else:
            istep = self._whole(step, 'step', direct)
            if istep == 1:
                if width > 0:
                    return istart + self._randbelow(width)
                if _V >= (3, 12):
                    raise ValueError('empty range in randrange(%s, %s)' % (start, stop))
                raise ValueError('empty range for randrange() (%d, %d, %d)' % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError('zero step for randrange()')
        if n <= 0:
            if _V >= (3, 12):
                raise ValueError('empty range in randrange(%s, %s, %s)' % (start, stop, step))
            raise ValueError('empty range for randrange()')
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        if type(self).randrange is not Random.randrange:
            return self.randrange(a, b + 1)  # a subclass's own
        return self._randrange(a, b + 1, _ONE, False)

    def choice(self, seq):
        if _V == (3, 8):
            try:
                i = self._randbelow(len(seq))
            except ValueError:
                raise IndexError('Cannot choose from an empty sequence') from None
            return seq[i]
        if _V >= (3, 11) and not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x, random=None):
        if random is not None and _V >= (3, 11):
            raise TypeError('Random.shuffle() takes 2 positional arguments but 3 were given')
        if random is None:
            randbelow = self._randbelow
            for i in reversed(range(1, len(x))):
                j = randbelow(i + 1)
                x[i], x[j] = x[j], x[i]
        else:
            if _V >= (3, 9):
                _warn('The *random* parameter to shuffle() has been deprecated\nsince Python 3.9 and will be removed in a subsequent version.',
                      DeprecationWarning, 1)
            for i in reversed(range(1, len(x))):
                j = _floor(random() * (i + 1))
                x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if _V == (3, 8):
            if counts is not None:
                raise TypeError("sample() got an unexpected keyword argument 'counts'")
            if isinstance(population, _Set):
                population = tuple(population)
            if not isinstance(population, _Sequence):
                raise TypeError('Population must be a sequence or set.  For dicts, use list(d).')
        elif not isinstance(population, _Sequence):
            if _V < (3, 11) and isinstance(population, _Set):
                _warn('Sampling from a set deprecated\nsince Python 3.9 and will be removed in a subsequent version.',
                      DeprecationWarning, 1)
                population = tuple(population)
            else:
                raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        result = [None] * k
        # A pool copied and drawn from for small samples, a set of the
        # indexes drawn for large populations: whichever is smaller.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for i in _repeat(None, k)]
            if _V == (3, 8):
                cum_weights = list(_accumulate(weights))
            else:
                try:
                    cum_weights = list(_accumulate(weights))
                except TypeError:
                    if not isinstance(weights, int):
                        raise
                    k = weights
                    raise TypeError('The number of choices must be a keyword argument: k=%r' % (k,)) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if _V >= (3, 9) and total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if _V >= (3, 10) and not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)] for i in _repeat(None, k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def _normalvariate(self, mu, sigma):
        # Kinderman and Monahan's ratio method.
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    if _V >= (3, 11):
        def normalvariate(self, mu=0.0, sigma=1.0):
            return self._normalvariate(mu, sigma)
    else:
        def normalvariate(self, mu, sigma):
            return self._normalvariate(mu, sigma)

    def _gauss(self, mu, sigma):
        # Box-Muller: two values a time, the second kept for the next call.
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    # gauss and normalvariate have defaults from 3.11, expovariate from 3.12.
    if _V >= (3, 11):
        def gauss(self, mu=0.0, sigma=1.0):
            return self._gauss(mu, sigma)
    else:
        def gauss(self, mu, sigma):
            return self._gauss(mu, sigma)

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    if _V >= (3, 12):
        def expovariate(self, lambd=1.0):
            return -_log(1.0 - self.random()) / lambd
    else:
        def expovariate(self, lambd):
            return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            # Ahrens and Dieter's algorithm GS.
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        if _V < (3, 10):
            return 1.0 / u ** (1.0 / alpha)
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)

    def binomialvariate(self, n=1, p=0.5):
        if n < 0:
            raise ValueError('n must be non-negative')
        if p <= 0.0 or p >= 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError('p must be in the range 0.0 <= p <= 1.0')
        random = self.random
        if n == 1:
            return _index(random() < p)
        if p > 0.5:
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            # Geometric jumps between successes.
            x = y = 0
            c = _log2(1.0 - p)
            if not c:
                return x
            while True:
                y += _floor(_log2(random()) / c) + 1
                if y > n:
                    return x
                x += 1
        # Hormann's BTRS, with the setup for the squeeze done once.
        setup_complete = False
        spq = _sqrt(n * p * (1.0 - p))
        b = 1.15 + 2.53 * spq
        a = -0.0873 + 0.0248 * b + 0.01 * p
        c = n * p + 0.5
        vr = 0.92 - 4.2 / b
        while True:
            u = random()
            u -= 0.5
            us = 0.5 - _fabs(u)
            k = _floor((2.0 * a / us + b) * u + c)
            if k < 0 or k > n:
                continue
            v = random()
            if us >= 0.07 and v <= vr:
                return k
            if not setup_complete:
                alpha = (2.83 + 5.1 / b) * spq
                lpq = _log(p / (1.0 - p))
                m = _floor((n + 1) * p)
                h = _lgamma(m + 1) + _lgamma(n - m + 1)
                setup_complete = True
            v *= alpha / (a / (us * us) + b)
            if _log(v) <= h - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - m) * lpq:
                return k


class SystemRandom(Random):
    # random.py's SystemRandom: numbers straight from os.urandom, no state
    # to seed or save.

    def random(self):
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0 or _V == (3, 8) and k <= 0:
            raise ValueError('number of bits must be non-negative' if _V >= (3, 9) else 'number of bits must be greater than zero')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
binomialvariate = _inst.binomialvariate

# A forked child draws its own numbers, not its parent's.
_os.register_at_fork(after_in_child=_inst.seed)
