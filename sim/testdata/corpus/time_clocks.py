# Measure how long a sleep takes.
import time

start = time.perf_counter()
mono = time.monotonic()
time.sleep(0.2)
elapsed = time.perf_counter() - start
print("slept at least 0.2 s:", elapsed >= 0.2)
print("and not much longer:", elapsed < 1.0)
print("monotonic moves forward:", time.monotonic() > mono)
print("time() is recent:", time.time() > 1_600_000_000)
print("localtime has a year:", time.localtime().tm_year >= 2024)
print(type(time.time_ns()).__name__)
