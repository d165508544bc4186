# Fork handlers and multiprocessing: each worker of a Pool started with
# "fork" is an os.fork() child and runs the after_in_child handler; a
# process started with "spawn" is a fresh interpreter and runs none.
import multiprocessing as mp
import os
import sys

forks = []
hooked = []


def work(x):
    return x * x, len(hooked)


def exit_with_hook_count():
    sys.exit(len(hooked))


if __name__ == "__main__":
    os.register_at_fork(before=lambda: forks.append(1), after_in_child=lambda: hooked.append(1))
    with mp.get_context("fork").Pool(2) as pool:
        print(pool.map(work, range(4)))
    print("forks by the pool:", len(forks))
    for method in ("fork", "spawn"):
        p = mp.get_context(method).Process(target=exit_with_hook_count)
        p.start()
        p.join()
        print(method, "child's exit code (handlers it ran):", p.exitcode)
    print("handlers run in this process:", len(hooked))
