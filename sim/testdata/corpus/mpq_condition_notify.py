# A Condition: the parent waits until a child has produced its data.
import multiprocessing as mp

def produce(cond, ready, data):
    with cond:
        data[0] = 42
        ready.value = 1
        cond.notify()

if __name__ == "__main__":
    cond = mp.Condition()
    ready = mp.Value("i", 0, lock=False)
    data = mp.Array("i", 1, lock=False)
    with cond:
        p = mp.Process(target=produce, args=(cond, ready, data))
        p.start()
        cond.wait_for(lambda: ready.value == 1, timeout=5)
    print("data:", data[0])
    p.join()
