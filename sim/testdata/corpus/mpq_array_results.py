# Each worker writes its own slot of a shared Array.
from multiprocessing import Process, Array

def compute(arr, i):
    arr[i] = i ** 0.5

if __name__ == "__main__":
    arr = Array("d", 6)
    ps = [Process(target=compute, args=(arr, i)) for i in range(6)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print([round(x, 3) for x in arr[:]])
