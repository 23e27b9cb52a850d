/*
 * statistics.ts
 * The statistics module in Python (our own code): exact sums of ints and floats as integer
 * fractions (so mean/variance are exact before the final rounding, like CPython's Fraction-based
 * _sum), results converted back to the data's type, correctly rounded square roots for
 * stdev/pstdev from 3.12 (math.sqrt of the float variance before), medians, modes, quantiles.
 */

import { registerCachedPythonModule } from './common';

const STATISTICS_PY = String.raw`
"""Basic statistics module."""
import sys as _sys
import math
from collections import Counter as _Counter

__all__ = ['NormalDist', 'StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean',
           'mean', 'median', 'median_grouped', 'median_high', 'median_low', 'mode',
           'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']

_MINOR = _sys.version_info[1]


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """(numerator, denominator) of an int or float, exactly."""
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        return x.as_integer_ratio()
    try:
        return x.as_integer_ratio()
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _gcd_reduce(n, d):
    g = math.gcd(n, d)
    if g > 1:
        n //= g
        d //= g
    if d < 0:
        n, d = -n, -d
    return n, d


def _sum(data):
    """(type, numerator, denominator, count): the exact sum of data."""
    count = 0
    types = set()
    num, den = 0, 1
    for x in data:
        types.add(type(x))
        n, d = _ratio(x)
        if d == den:
            num += n
        else:
            num = num * d + n * den
            den = den * d
            num, den = _gcd_reduce(num, den)
        count += 1
    T = int
    for typ in types:
        if typ is bool or typ is int:
            continue
        if typ is float or T is float:
            T = float
        else:
            T = typ
    return T, num, den, count


def _convert(num, den, T):
    num, den = _gcd_reduce(num, den)
    if T is int and den != 1:
        T = float
    if T is int:
        return num
    if T is float:
        return num / den
    return T(num / den)


def mean(data):
    """Return the sample arithmetic mean of data."""
    if iter(data) is data:
        data = list(data)
    T, num, den, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(num, den * n, T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    data = list(data)
    num = math.fsum(x * w for x, w in zip(data, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError('harmonic mean does not support negative values')
            return x
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, wn, wd, _ = _sum(w for w in weights)
        sum_weights = wn / wd if wd != 1 else wn
    for x in data:
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
    if any(x == 0 for x, w in zip(data, weights) if w):
        return 0
    T, num, den, count = _sum(w / x if w else 0 for x, w in zip(data, weights))
    if num <= 0:
        raise StatisticsError('Weighted sum must be positive')
    sn, sd = _ratio(sum_weights)
    return _convert(sn * den, sd * num, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    else:
        i = n // 2
        return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    else:
        return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    L = x - interval / 2
    cf = data.index(x)
    f = data.count(x)
    return L + interval * (n / 2 - cf) / f


def mode(data):
    pairs = _Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = _Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        if ld == 1 and _MINOR >= 13:
            return data * (n - 1)
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld-1 if j > ld-1 else j
            delta = i*m - j*n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def _ss(data, c=None):
    """(type, numerator, denominator, count) of the exact sum of squared deviations."""
    if c is None:
        T, num, den, n = _sum(data)
        if n == 0:
            return T, 0, 1, 0
        # mean = num / (den * n)
        mnum, mden = _gcd_reduce(num, den * n)
    else:
        T = type(c)
        n = len(data)
        mnum, mden = _ratio(c)
    snum, sden = 0, 1
    for x in data:
        xn, xd = _ratio(x)
        # (x - mean)**2 = ((xn*mden - mnum*xd) / (xd*mden))**2
        dn = xn * mden - mnum * xd
        dd = xd * mden
        sq_n, sq_d = dn * dn, dd * dd
        snum = snum * sq_d + sq_n * sden
        sden = sden * sq_d
        snum, sden = _gcd_reduce(snum, sden)
    return T, snum, sden, n


def _isqrt_frac_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        numerator = _isqrt_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _isqrt_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def variance(data, xbar=None):
    if iter(data) is data:
        data = list(data)
    T, snum, sden, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(snum, sden * (n - 1), T)


def pvariance(data, mu=None):
    if iter(data) is data:
        data = list(data)
    T, snum, sden, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(snum, sden * n, T)


def stdev(data, xbar=None):
    if iter(data) is data:
        data = list(data)
    T, snum, sden, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if _MINOR >= 12:
        num, den = _gcd_reduce(snum, sden * (n - 1))
        if T is float or T is int:
            return _float_sqrt_of_frac(num, den)
        return T(_float_sqrt_of_frac(num, den))
    var = _convert(snum, sden * (n - 1), T)
    return math.sqrt(var)


def pstdev(data, mu=None):
    if iter(data) is data:
        data = list(data)
    T, snum, sden, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if _MINOR >= 12:
        num, den = _gcd_reduce(snum, sden * n)
        if T is float or T is int:
            return _float_sqrt_of_frac(num, den)
        return T(_float_sqrt_of_frac(num, den))
    var = _convert(snum, sden * n, T)
    return math.sqrt(var)


class NormalDist:
    """Normal distribution of a random variable"""

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * math.erfc((self._mu - x) / (self._sigma * math.sqrt(2.0)))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'


def _mean_stdev(data):
    data = list(data)
    return float(mean(data)), float(stdev(data))


if _MINOR < 8:
    del fmean, geometric_mean, multimode, quantiles, NormalDist
`;

registerCachedPythonModule('statistics', STATISTICS_PY);
