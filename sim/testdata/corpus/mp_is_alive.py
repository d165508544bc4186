# is_alive() reaps a finished child as a side effect.
import multiprocessing as mp
import os
import time

def nap():
    time.sleep(0.2)

if __name__ == "__main__":
    p = mp.Process(target=nap)
    print("before start:", p.is_alive())
    p.start()
    print("just started:", p.is_alive())
    os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped: no race with a sleep
    print("later:", p.is_alive(), p.exitcode)
