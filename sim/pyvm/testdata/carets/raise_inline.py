def check(n):
    if n < 0: raise ValueError('negative')
    return n

check(-1)
