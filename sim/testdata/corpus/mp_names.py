# Process names and the current process.
import multiprocessing as mp

def show():
    p = mp.current_process()
    print(p.name, p.daemon, flush=True)

if __name__ == "__main__":
    print(mp.current_process().name)
    a = mp.Process(target=show)
    b = mp.Process(target=show, name="worker-b")
    a.start(); a.join()
    b.start(); b.join()
    print(a.name.startswith("Process-"), b.name)
