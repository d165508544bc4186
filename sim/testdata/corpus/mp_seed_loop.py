# The loop from the blog post: one zombie stays until the next start().
import multiprocessing as mp
import time

def pro():
    pass

if __name__ == "__main__":
    procs = []
    for i in range(3):
        p = mp.Process(target=pro)
        p.start()
        procs.append(p)
        time.sleep(0.3)
        states = []
        for q in procs:
            try:
                with open(f"/proc/{q.pid}/stat") as f:
                    states.append(f.read().split()[2])
            except FileNotFoundError:
                states.append("-")
        print(i, states)
