# NaN is neither less, equal nor greater; lists and tuples answer with
# their first differing items' own comparison, whatever it returns.
n = float('nan')
print(n >= 1, n > -1, n < 1, n <= 1, n == n, n != n, -n >= 1, 1 >= n, 1 <= n, max(n, 1), min(1, n))
print([n] >= [1], [n] <= [1], [n] < [1], [n] > [1], (1, n) >= (1, 2), (1, n) <= (1, 2), [1, 2] < [1, 3], [2] >= [1], (1, 2) <= (1, 2, 3))
print(sorted([3.0, 1.0, 2.0]), 1 < 2.5, 2.5 >= 2, True >= 0.5, 10**20 > 1e19, 1e400 > 10**300)
class A:
    def __lt__(self, o): return 'yes'
print([A()] < [1], [1.5] >= [1])
