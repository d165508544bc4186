# The first multiprocessing example.
import multiprocessing as mp
import os

def work(name):
    print(f"hello {name} from a child:", os.getppid() != os.getpid(), flush=True)

if __name__ == "__main__":
    p = mp.Process(target=work, args=("bob",))
    p.start()
    p.join()
    print("exitcode:", p.exitcode)
