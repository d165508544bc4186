# A finished Process stays a zombie until join() (or the next start()).
import multiprocessing as mp
import os

def quick():
    pass

def state(pid):
    with open(f"/proc/{pid}/stat") as f:
        return f.read().split()[2]

if __name__ == "__main__":
    p = mp.Process(target=quick)
    p.start()
    os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped: no race with a sleep
    print("before join:", state(p.pid))
    p.join()
    print("exitcode:", p.exitcode)
    try:
        state(p.pid)
    except FileNotFoundError:
        print("after join: gone")
