# An uncaught exception in a thread is printed ("Exception in thread ...")
# but does not stop the main thread, and the exit status stays 0.
import threading


def parse(text):
    return int(text)


results = []


def worker(text):
    results.append(parse(text))


threads = [threading.Thread(target=worker, args=(s,)) for s in ["1", "two", "3"]]
for t in threads:
    t.start()
    t.join()
print("parsed:", results)
print("main thread carries on")
