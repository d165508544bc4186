# repr of deeply nested lists: CPython's recursion limit while getting a
# repr (the Python limit up to 3.12, its own C limit from 3.13).
def nested(n):
    x = []
    for i in range(n):
        x = [x]
    return x


def try_repr(n):
    try:
        return len(repr(nested(n)))
    except RecursionError as e:
        return 'RecursionError: ' + str(e)


for n in (10, 500, 990, 996, 997, 2000, 9000, 20000):
    print(n, try_repr(n))
print(len(str([nested(300), (1, (2, (3,))), {'a': [nested(5)]}])))
