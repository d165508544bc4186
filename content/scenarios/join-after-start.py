# title: join() right after start(): no zombie at all
# title.zh: start() 之后立刻 join()：一个僵尸都没有
# lesson: join() waits for the child with a blocking waitpid() and then drops
# lesson: the Process object from multiprocessing's _children set. The child
# lesson: is reaped the moment it ends, so no zombie is ever left behind and
# lesson: _children stays empty between iterations. The price is that the
# lesson: parent does nothing else while it waits.
# lesson.zh: join() 用阻塞的 waitpid() 等子进程结束，然后把这个 Process 对象从
# lesson.zh: multiprocessing 的 _children 集合里删掉。子进程一结束就被回收，不会留下
# lesson.zh: 任何僵尸，每一轮之间 _children 都是空的。代价是父进程在等待期间什么别的事也做不了。
# zombielab: method=fork versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import multiprocessing as mp
import time


def pro():
    pass


if __name__ == '__main__':
    for i in range(3):
        p = mp.Process(target=pro)
        p.start()
        p.join()
        # checkpoint: after-join
        time.sleep(0.5)
    print('exit codes were 0')
