# A Semaphore limits how many workers are inside at once.
import multiprocessing as mp
import time

def worker(sem, inside, peak, lock):
    with sem:
        with lock:
            inside.value += 1
            peak.value = max(peak.value, inside.value)
        time.sleep(1)  # long enough for a second worker to come in, even under load
        with lock:
            inside.value -= 1

if __name__ == "__main__":
    sem = mp.Semaphore(2)
    lock = mp.Lock()
    inside = mp.Value("i", 0, lock=False)
    peak = mp.Value("i", 0, lock=False)
    ps = [mp.Process(target=worker, args=(sem, inside, peak, lock)) for _ in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("peak concurrency:", peak.value, "inside at end:", inside.value)
