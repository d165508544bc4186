# SimpleQueue: no feeder thread, put() writes straight to the pipe.
import multiprocessing as mp

def child(sq):
    sq.put({"pid_is_int": True})
    sq.put([1, 2, 3])

if __name__ == "__main__":
    sq = mp.SimpleQueue()
    p = mp.Process(target=child, args=(sq,))
    p.start()
    print(sq.get())
    print(sq.get())
    p.join()
    print("empty:", sq.empty())
