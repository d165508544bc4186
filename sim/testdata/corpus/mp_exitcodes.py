# exitcode for a normal exit, sys.exit, an exception and terminate().
import multiprocessing as mp
import sys
import time

def ok():
    pass

def fails():
    sys.exit(3)

def crashes():
    raise RuntimeError("boom")

def sleeps():
    time.sleep(10)

if __name__ == "__main__":
    procs = [mp.Process(target=f) for f in (ok, fails, crashes, sleeps)]
    for p in procs:
        p.start()
    time.sleep(0.5)
    procs[3].terminate()
    for p in procs:
        p.join()
    print([p.exitcode for p in procs])
