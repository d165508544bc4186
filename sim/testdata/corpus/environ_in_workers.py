# multiprocessing workers see the parent's environment.
import multiprocessing as mp
import os

def show():
    print("worker sees", os.environ.get("JOB_ID"), os.getenv("HOME"), flush=True)

if __name__ == "__main__":
    os.environ["JOB_ID"] = "1234"
    p = mp.Process(target=show)
    p.start()
    p.join()
    print("environ is a mapping:", len(os.environ) > 0, "JOB_ID" in os.environ)
