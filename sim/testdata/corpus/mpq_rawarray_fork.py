# RawArray is shared, a plain list is copied: the difference fork makes.
import multiprocessing as mp

def change(shared, private):
    for i in range(len(shared)):
        shared[i] = shared[i] * 2
        private[i] = private[i] * 2

if __name__ == "__main__":
    shared = mp.RawArray("i", [1, 2, 3])
    private = [1, 2, 3]
    p = mp.Process(target=change, args=(shared, private))
    p.start()
    p.join()
    print("shared:", shared[:], "private:", private)
