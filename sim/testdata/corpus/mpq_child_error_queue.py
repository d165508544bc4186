# A child that fails sends the error text back on a Queue.
import multiprocessing as mp

def risky(q, x):
    try:
        q.put(("ok", 10 // x))
    except ZeroDivisionError as e:
        q.put(("error", str(e)))

if __name__ == "__main__":
    q = mp.Queue()
    for x in (5, 0):
        p = mp.Process(target=risky, args=(q, x))
        p.start()
        print(q.get())
        p.join()
