# cpython: differs (CPython ints are unbounded; the simulator raises OverflowError)
x = 2 ** 62
print(x)
try:
    y = x * 4
    print("wrapped?", y)
except OverflowError:
    print("OverflowError")
