# A spawn worker is a direct child of main; the resource tracker is a second
# child that lives until main exits.
import multiprocessing as mp
import time


def work():
    time.sleep(1.5)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    p = mp.Process(target=work)
    p.start()
    time.sleep(1.0)
    # checkpoint: running
    p.join()
    # checkpoint: joined
    time.sleep(0.1)
