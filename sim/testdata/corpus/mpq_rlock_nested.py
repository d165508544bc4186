# An RLock taken twice by the same process; a Lock would deadlock here.
import multiprocessing as mp

def inner(lock, log):
    with lock:
        log.put("inner")

def outer(lock, log):
    with lock:
        log.put("outer")
        inner(lock, log)

if __name__ == "__main__":
    lock = mp.RLock()
    log = mp.Queue()
    p = mp.Process(target=outer, args=(lock, log))
    p.start()
    p.join()
    print(log.get(), log.get(), p.exitcode)
    print(lock)
