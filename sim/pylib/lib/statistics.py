# statistics: mean, fmean, median (low/high/grouped), mode, multimode,
# variance, pvariance, stdev and pstdev, condensed from CPython's
# Lib/statistics.py (3.8-3.14) for int and float data.
#
# CPython sums exactly with fractions.Fraction and converts once at the
# end; here the exact sums are (numerator, denominator) pairs of the
# simulator's unbounded ints, with the same results: mean([1, 2, 3]) is
# the int 2, mean([0.1, 0.2, 0.3]) is 0.2. stdev and pstdev take the
# float square root of the exact variance as 3.8-3.11 do (3.12 rounds the
# root of the exact fraction, which can differ in the last digit). Left
# out: Decimal and Fraction data, quantiles, NormalDist, correlation,
# covariance, linear_regression, geometric and harmonic means.

import sys
from collections import Counter


class StatisticsError(ValueError):
    # statistics.StatisticsError: too little data, or none.
    pass


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a if a >= 0 else -a


def _exact(x):
    # x as an exact (numerator, denominator) pair (float.as_integer_ratio).
    if isinstance(x, int):
        return int(x), 1
    if x != x or x in (float('inf'), float('-inf')):
        raise ValueError('cannot convert %r to an exact ratio' % (x,))
    d = 1
    while x != int(x):
        x *= 2
        d *= 2
    return int(x), d


def _add(p, q):
    n = p[0] * q[1] + q[0] * p[1]
    d = p[1] * q[1]
    g = _gcd(n, d) or 1
    return n // g, d // g


def _sum(data):
    # statistics._sum: (type, exact total, count); a float anywhere makes
    # the result a float.
    total = (0, 1)
    kind = int
    count = 0
    for x in data:
        if isinstance(x, float):
            kind = float
        elif not isinstance(x, int):
            raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)
        total = _add(total, _exact(x))
        count += 1
    return kind, total, count


def _convert(ratio, kind):
    # statistics._convert: an int when the type is int and the value
    # whole, else the correctly rounded float.
    n, d = ratio
    g = _gcd(n, d) or 1
    n, d = n // g, d // g
    if kind is int and d == 1:
        return n
    return _div(n, d)


def _bit_length(n):
    b = len('%x' % n) * 4
    while b > 0 and not (n >> (b - 1)) & 1:
        b -= 1
    return b


def _div(n, d):
    # n / d correctly rounded (round half to even), as int.__truediv__ of
    # CPython's Fraction.__float__: the simulator's int division may round
    # twice on big operands.
    if n == 0:
        return 0.0
    sign = -1.0 if (n < 0) != (d < 0) else 1.0
    n = abs(n)
    d = abs(d)
    shift = 54 - (_bit_length(n) - _bit_length(d))
    if shift >= 0:
        q, r = divmod(n << shift, d)
    else:
        q, r = divmod(n, d << -shift)
    while q >= 1 << 54:
        r = r + (q & 1) * d
        q >>= 1
        d <<= 1
        shift -= 1
    # q has 54 or 53 significant bits; keep 53 and round.
    if q >= 1 << 53:
        half = q & 1
        q >>= 1
        shift -= 1
        if half and (r or q & 1):
            q += 1
    elif 2 * r > d or (2 * r == d and q & 1):
        q += 1
    return sign * float(q) * 2.0 ** (-shift)


def mean(data):
    # statistics.mean: the exact mean, converted once.
    data = list(data)
    if not data:
        raise StatisticsError('mean requires at least one data point')
    kind, total, n = _sum(data)
    return _convert((total[0], total[1] * n), kind)


def fmean(data, weights=None):
    # statistics.fmean (3.8): fsum(data) / n as floats.
    data = list(data)
    if not data:
        raise StatisticsError('fmean requires at least one data point')
    kind, total, n = _sum(data)
    return _div(total[0], total[1]) / n


def median(data):
    # statistics.median: the middle value, or the mean of the two middle
    # values as (a + b) / 2.
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def mode(data):
    # statistics.mode (3.8): the first of the most common values.
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    # statistics.multimode (3.8): every most common value, first seen
    # first.
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def _ss(data, c=None):
    # statistics._ss: (type, exact sum of squared deviations from the
    # exact mean, count).
    kind, total, n = _sum(data)
    if c is None:
        c = (total[0], total[1] * n)
    else:
        c = _exact(c)
    ss = (0, 1)
    for x in data:
        e = _exact(x)
        dev = (e[0] * c[1] - c[0] * e[1], e[1] * c[1])
        ss = _add(ss, (dev[0] * dev[0], dev[1] * dev[1]))
    return kind, ss, n


def variance(data, xbar=None):
    # statistics.variance: sample variance (n - 1).
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    kind, ss, n = _ss(data, xbar)
    return _convert((ss[0], ss[1] * (n - 1)), kind)


def pvariance(data, mu=None):
    # statistics.pvariance: population variance (n).
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    kind, ss, n = _ss(data, mu)
    return _convert((ss[0], ss[1] * n), kind)


def stdev(data, xbar=None):
    # statistics.stdev: the square root of variance, as a float.
    data = list(data)
    if len(data) < 2:
        # 3.8-3.10 let variance() report it.
        if sys.version_info < (3, 11):
            raise StatisticsError('variance requires at least two data points')
        raise StatisticsError('stdev requires at least two data points')
    var = variance(data, xbar)
    return float(var) ** 0.5


def pstdev(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return float(pvariance(data, mu)) ** 0.5
