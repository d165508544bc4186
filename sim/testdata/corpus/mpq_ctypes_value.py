# Value and Array declared with ctypes types, as many tutorials do.
from ctypes import c_bool, c_double, c_int
from multiprocessing import Array, Process, Value

def worker(done, total, parts, i):
    parts[i] = i * 1.5
    with total.get_lock():
        total.value += i
    if i == 3:
        done.value = True

if __name__ == "__main__":
    done = Value(c_bool, False)
    total = Value(c_int, 0)
    parts = Array(c_double, 4)
    ps = [Process(target=worker, args=(done, total, parts, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(done.value, total.value, parts[:])
    print(total)
