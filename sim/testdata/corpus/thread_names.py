# Thread names and the thread registry: default names, current_thread()
# inside a target, enumerate() and main_thread().
import threading

seen = {}
gate = threading.Event()


def job():
    seen[threading.current_thread().name] = threading.current_thread() is not threading.main_thread()
    gate.wait()


threads = [threading.Thread(target=job) for _ in range(2)]
threads.append(threading.Thread(target=job, name="custom"))
for t in threads:
    t.start()
names = sorted(t.name for t in threading.enumerate())
print("running:", names, threading.active_count())
gate.set()
for t in threads:
    t.join()
print(sorted(seen.items()))
print("main:", threading.main_thread().name, threading.current_thread() is threading.main_thread())
