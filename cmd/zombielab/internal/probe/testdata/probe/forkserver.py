# zombielab: method=forkserver
# Forkserver workers are children of the forkserver, which reaps them; main's
# _children keeps the object until main polls it.
import multiprocessing as mp
import time


def work():
    time.sleep(1.0)


if __name__ == '__main__':
    p = mp.Process(target=work)
    p.start()
    time.sleep(0.5)
    # checkpoint: running
    # Wide margins: a loaded machine can take seconds to start a worker.
    time.sleep(4.0)
    # checkpoint: done
    p.join()
    # checkpoint: joined
    time.sleep(0.1)
