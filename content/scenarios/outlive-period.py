# title: Children that outlive the loop period
# title.zh: 子进程比循环周期活得还长
# lesson: Each child runs 5 s but a new one starts every 2 s, so two or
# lesson: three run side by side. A child that ends is not reaped when it
# lesson: ends but at the first start() after that, so each round shows the
# lesson: running children plus at most one zombie, the one that ended since
# lesson: the last start().
# lesson.zh: 每个子进程要跑 5 秒，而循环每 2 秒就启动一个新的，所以同时会有两三个在跑。
# lesson.zh: 子进程结束的时候并不会马上被回收，而是等到它结束之后的第一次 start()
# lesson.zh: 才被回收。所以每一轮看到的都是正在运行的子进程，外加至多一个僵尸，
# lesson.zh: 也就是上一次 start() 之后才退出的那个。
# zombielab: until=before-start#5 method=fork versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import multiprocessing as mp
import time


def slow():
    time.sleep(5)


if __name__ == '__main__':
    while True:
        p = mp.Process(target=slow)
        # checkpoint: before-start
        p.start()
        time.sleep(2)
