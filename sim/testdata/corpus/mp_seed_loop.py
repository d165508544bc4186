# The loop from the blog post: one zombie stays until the next start().
import multiprocessing as mp
import os

def pro():
    pass

if __name__ == "__main__":
    procs = []
    for i in range(3):
        p = mp.Process(target=pro)
        p.start()
        procs.append(p)
        # Until the child has ended, leaving it unreaped (a sleep here
        # lost the race on a loaded machine).
        os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)
        states = []
        for q in procs:
            try:
                with open(f"/proc/{q.pid}/stat") as f:
                    states.append(f.read().split()[2])
            except FileNotFoundError:
                states.append("-")
        print(i, states)
