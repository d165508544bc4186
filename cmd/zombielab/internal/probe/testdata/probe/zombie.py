# A fork child exits at once and stays a zombie until join().
import multiprocessing as mp
import time


def work():
    pass


if __name__ == '__main__':
    mp.set_start_method('fork')
    p = mp.Process(target=work)
    p.start()
    time.sleep(1.0)
    # checkpoint: zombie
    p.join()
    # checkpoint: joined
    time.sleep(0.1)
