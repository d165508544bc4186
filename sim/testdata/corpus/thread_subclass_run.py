# Subclassing Thread: run() computes a value that join() makes safe to read.
import threading


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)


chunks = [range(0, 100), range(100, 200), range(200, 300)]
workers = [Summer(c) for c in chunks]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers], sum(w.total for w in workers))
print(workers[0].name.startswith("Thread-"))
