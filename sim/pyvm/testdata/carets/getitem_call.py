funcs = {'a': len}
print(funcs['b']('xyz'))
