def f(a, b):
    return a - b

opts = {'a': 1, 'c': 2}
print(f(**opts))
