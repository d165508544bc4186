# title: fork() in a process running a thread: the child gets one thread and a held lock
# title.zh: 在有线程运行的进程里 fork()：子进程只有一个线程，还有一把被占着的锁
# lesson: fork() copies the whole memory of the process, but only the thread
# lesson: that called it. Here a worker thread holds a lock while the main
# lesson: thread forks: in the child, threading.active_count() is 1, the
# lesson: forking thread is the main thread, and the lock is still locked,
# lesson: by a thread that does not exist there. Nobody will ever release
# lesson: it, so the child's acquire() gives up after its timeout (without
# lesson: one it would hang for ever: the classic fork-with-threads deadlock).
# lesson: The parent is one process with two threads: ps lists it once.
# lesson: Python 3.12 and later print a DeprecationWarning at the fork.
# lesson.zh: fork() 会复制进程的整个内存，但只复制调用它的那一个线程。这里一个工作线程
# lesson.zh: 拿着一把锁，主线程此时 fork：在子进程里 threading.active_count() 是 1，
# lesson.zh: 调用 fork 的线程成了主线程，而那把锁依然是锁着的，持有者是一个在子进程里
# lesson.zh: 根本不存在的线程。没有人会再释放它，所以子进程的 acquire() 等到超时就放弃
# lesson.zh: （不设超时就会永远卡住：这就是经典的“多线程里 fork 导致死锁”）。父进程是
# lesson.zh: 一个有两个线程的进程：ps 只列出它一次。Python 3.12 起，fork 时会打印
# lesson.zh: 一条 DeprecationWarning。
# zombielab: versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import os
import threading
import time

lock = threading.Lock()
done = threading.Event()


def worker():
    with lock:
        done.wait()


t = threading.Thread(target=worker)
t.start()
time.sleep(0.2)
# checkpoint: one-process-two-threads
pid = os.fork()
if pid == 0:
    print('child: threads', threading.active_count(), 'lock held', lock.locked())
    got = lock.acquire(timeout=1.0)
    print('child: acquire gave', got)
    os._exit(0 if got else 1)
time.sleep(0.3)
# checkpoint: child-stuck-on-lock
done.set()
t.join()
time.sleep(1.5)
# checkpoint: child-zombie
_, status = os.waitpid(pid, 0)
print('parent: child exit status', os.WEXITSTATUS(status))
# checkpoint: reaped
print('parent: threads', threading.active_count())
