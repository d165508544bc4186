# iter(callable, sentinel): until the sentinel or StopIteration, then
# exhausted for good; a non-callable is a TypeError.
stack = [1, 2, 3, 0, 5]
it = iter(stack.pop, 0)
print(list(it), stack, list(it))
calls = []
def gen():
    calls.append(1)
    return len(calls)
print(list(iter(gen, 4)))
def stop():
    raise StopIteration
print(list(iter(stop, None)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
