# active_children() joins the finished ones.
import multiprocessing as mp
import os
import time

def nap(t):
    time.sleep(t)

if __name__ == "__main__":
    ps = [mp.Process(target=nap, args=(t,)) for t in (0.1, 0.1, 1.0)]
    for p in ps:
        p.start()
    for p in ps[:2]:
        os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped: no race with a sleep
    print("still running:", len(mp.active_children()))
    print("exit codes:", [p.exitcode for p in ps])
    for p in ps:
        p.join()
    print("after join:", len(mp.active_children()))
