# submit() returns a Future; result() waits, exception() reports a failure.
from concurrent.futures import ThreadPoolExecutor, wait


def divide(a, b):
    return a / b


executor = ThreadPoolExecutor(2)
ok = executor.submit(divide, 10, 4)
bad = executor.submit(divide, 1, 0)
done, not_done = wait([ok, bad])
print(len(done), len(not_done))
print(ok.result())
print(repr(bad.exception()))
print(ok.done(), bad.done(), ok.cancelled())
executor.shutdown()
try:
    executor.submit(divide, 1, 1)
except RuntimeError as e:
    print('RuntimeError:', e)
