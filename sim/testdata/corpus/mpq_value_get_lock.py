# Value's own lock: get_lock() around the read-modify-write.
import multiprocessing as mp

def deposit(balance, amount, times):
    for _ in range(times):
        with balance.get_lock():
            balance.value += amount

if __name__ == "__main__":
    balance = mp.Value("d", 100.0)
    ps = [mp.Process(target=deposit, args=(balance, 0.5, 100)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("balance: %.2f" % balance.value)
