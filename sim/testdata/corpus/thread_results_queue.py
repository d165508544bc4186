# Workers send (index, result) tuples through a results queue; the main
# thread puts them back in order.
import queue
import threading

words = ["zombie", "orphan", "reaper", "init", "fork"]
results = queue.Queue()


def measure(i, word):
    results.put((i, word, len(word)))


threads = [threading.Thread(target=measure, args=(i, w)) for i, w in enumerate(words)]
for t in threads:
    t.start()
for t in threads:
    t.join()
collected = sorted(results.get() for _ in words)
for i, word, n in collected:
    print(i, word, n)
