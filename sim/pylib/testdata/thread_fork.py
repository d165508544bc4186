# versions: 3.8 3.11 3.12 3.13
# os.fork() in a threaded process: the child has only the forking thread
# (threading.active_count() == 1, it is the main thread); a lock another
# thread holds stays held in the child; 3.12+ warn in the parent, once per
# place in __main__.
import os
import sys
import threading

hold = threading.Lock()
held = threading.Event()
release = threading.Event()


def holder():
    with hold:
        held.set()
        release.wait()


t = threading.Thread(target=holder, name='holder')
t.start()
held.wait()
print('parent threads', threading.active_count(), flush=True)


def fork_and_report():
    pid = os.fork()
    if pid == 0:
        print('child: holder thread alive', t.is_alive(), flush=True)
        me = threading.current_thread()
        print('child threads', threading.active_count(), me is threading.main_thread(),
              me.name, [x.name for x in threading.enumerate()], flush=True)
        print('child: lock held', hold.locked(), 'acquire(timeout=0.1) ->', hold.acquire(timeout=0.1), flush=True)
        os._exit(0)
    os.waitpid(pid, 0)


for i in range(2):
    fork_and_report()
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
release.set()
t.join()
print('done', threading.active_count())
