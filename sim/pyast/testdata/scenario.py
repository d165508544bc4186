# zombielab: until=4.5s
# title: The last child stays a zombie
import multiprocessing as mp
import time


def f():
    pass


if __name__ == '__main__':
    while True:
        p = mp.Process(target=f)
        # checkpoint: start
        p.start()
        time.sleep(1)
