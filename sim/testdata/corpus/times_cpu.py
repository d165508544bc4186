# os.times() and process time.
import os
import time

t = os.times()
print(type(t).__name__, len(t))
print(all(isinstance(x, float) for x in t))
print(t.user >= 0, t.children_user >= 0, t.elapsed > 0)
print(time.process_time() >= 0)
print(os.cpu_count() >= 1)
