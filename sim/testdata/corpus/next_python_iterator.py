# next() on objects whose __next__ is Python: with and without a default.
class C:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
c = C()
print(next(c), next(c), next(c, 'done'))
try:
    next(c)
except StopIteration:
    print('stop')
class D:
    def __next__(self):
        raise ValueError('x')
try:
    next(D(), 1)
except ValueError as e:
    print('ve', e)
