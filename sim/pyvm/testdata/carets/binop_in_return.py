def total(d):
    return d['a'] + 1

print(total({'a': [1, 2]}))
