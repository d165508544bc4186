# Two Events make a handshake: the worker says it is ready, the main thread
# tells it to go, the worker reports back.
import threading

ready = threading.Event()
go = threading.Event()
finished = threading.Event()
report = []


def worker():
    report.append("worker: ready")
    ready.set()
    go.wait()
    report.append("worker: got the go signal")
    finished.set()


t = threading.Thread(target=worker)
t.start()
ready.wait()
print(report[-1])
print("main: ready is set:", ready.is_set(), "go is set:", go.is_set())
go.set()
finished.wait()
print(report[-1])
t.join()
print("main: worker alive:", t.is_alive())
print("wait with timeout on an unset event:", threading.Event().wait(0.05))
