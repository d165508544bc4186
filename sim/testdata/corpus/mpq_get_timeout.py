# Queue.get with a timeout raises queue.Empty.
import multiprocessing as mp
import queue

def slow(q):
    import time
    time.sleep(2)  # well past the parent's 0.1 s, even on a loaded machine
    q.put("late")

if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=slow, args=(q,))
    p.start()
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("nothing yet")
    print(q.get(timeout=5))
    p.join()
