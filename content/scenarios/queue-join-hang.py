# title: Joining a process that used a Queue: the child cannot exit
# title.zh: 先 join 用过 Queue 的进程：子进程退不出去
# lesson: q.put() only appends to a buffer; a feeder thread in the child
# lesson: writes the buffer into the queue's pipe, which holds 64 KiB. The
# lesson: child's target returns at once, but at exit multiprocessing joins
# lesson: that feeder thread (util._exit_function -> _run_finalizers ->
# lesson: Queue._finalize_join), and the feeder is stuck writing 100 kB into a
# lesson: full pipe that nobody reads. The parent, in p.join(), waits for the
# lesson: child; the child waits for the parent to q.get(). Drain the queue
# lesson: before joining (or call q.cancel_join_thread() and lose the data).
# lesson.zh: q.put() 只是把对象放进缓冲区；子进程里的 feeder 线程再把缓冲区写进队列的
# lesson.zh: 管道，而管道只能装 64 KiB。子进程的目标函数马上就返回了，可是退出时
# lesson.zh: multiprocessing 要 join 这个 feeder 线程（util._exit_function ->
# lesson.zh: _run_finalizers -> Queue._finalize_join），而 feeder 正卡在往一个没人读的满管道里
# lesson.zh: 写 100 kB。父进程在 p.join() 里等子进程，子进程在等父进程 q.get()。
# lesson.zh: 应该先把队列取空再 join（或者调用 q.cancel_join_thread()，代价是丢数据）。
# zombielab: until=waiting#3 method=fork versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import multiprocessing as mp


def producer(q):
    # More than a pipe holds: the feeder thread blocks half way.
    q.put('x' * 100000)


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q,))
    p.start()
    while True:
        p.join(timeout=1.0)
        # checkpoint: waiting
        print('join(timeout=1.0) returned; exitcode', p.exitcode)
