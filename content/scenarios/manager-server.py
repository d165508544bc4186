# title: A Manager is a server process: SyncManager-1 holds the dict, shutdown() reaps it
# title.zh: Manager 是一个服务器进程：SyncManager-1 保存字典，shutdown() 回收它
# lesson: Manager() starts a server process at once, with Process.start(), so it
# lesson: is main's child p1, named SyncManager-1, and sits in _children like any
# lesson: Process. m.dict() creates the dict inside the server; d is a proxy. The
# lesson: workers get the proxy, connect to the server's socket (an authkey
# lesson: handshake first) and each d[i] = ... is a request the server runs and
# lesson: answers; the server serves every connection in a thread of its own.
# lesson: join() reaps the workers. shutdown() sends the server a 'shutdown'
# lesson: request, and its main thread, which wakes every second in
# lesson: stop_event.wait(1), leaves serve_forever() and exits 0; shutdown()
# lesson: then joins it, which reaps it and drops it from _children. Without
# lesson: shutdown() or a with block, the same happens at exit, from the
# lesson: manager's Finalize (util._exit_function -> _run_finalizers(0)).
# lesson.zh: Manager() 立刻用 Process.start() 启动一个服务器进程，所以它是主进程的子进程
# lesson.zh: p1，名叫 SyncManager-1，和普通 Process 一样待在 _children 里。m.dict()
# lesson.zh: 在服务器里创建字典；d 只是一个代理。工作进程拿到代理后连接服务器的套接字
# lesson.zh: （先做 authkey 握手），每个 d[i] = ... 都是一次请求，由服务器执行并回复；
# lesson.zh: 服务器为每个连接单独开一个线程。join() 回收工作进程。shutdown() 给服务器
# lesson.zh: 发一个 'shutdown' 请求，服务器主线程（每秒在 stop_event.wait(1) 里醒一次）
# lesson.zh: 离开 serve_forever() 并以 0 退出；shutdown() 随后 join 它，这就回收了它，
# lesson.zh: 并把它从 _children 里去掉。如果既不调用 shutdown() 也不用 with，退出时
# lesson.zh: manager 的 Finalize 会做同样的事（util._exit_function -> _run_finalizers(0)）。
# zombielab: method=fork versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
from multiprocessing import Manager, Process


def work(d, i):
    d[i] = i * i


if __name__ == '__main__':
    m = Manager()
    # checkpoint: server-started
    d = m.dict()
    workers = [Process(target=work, args=(d, i)) for i in range(2)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    # checkpoint: workers-joined
    print('shared dict:', sorted(d.items()))
    m.shutdown()
    # checkpoint: after-shutdown
    print('server exit code:', m._process.exitcode)
