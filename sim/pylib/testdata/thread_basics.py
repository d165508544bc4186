# versions: 3.8 3.11 3.12 3.13
# threading: Thread with target/args/kwargs/name/daemon, start, join,
# is_alive, names, current_thread, main_thread, enumerate, active_count,
# get_ident, get_native_id.
import os
import threading

started = threading.Event()
go_on = threading.Event()
results = {}


def work(n, scale=1, label='w'):
    me = threading.current_thread()
    results[n] = (label, n * scale, me.name, me.ident == threading.get_ident(),
                  me.native_id == threading.get_native_id(),
                  threading.get_native_id() != os.getpid(), me is not threading.main_thread())


def waiter():
    started.set()
    go_on.wait()


class Worker(threading.Thread):
    def run(self):
        results['sub'] = self.name


main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon, main.is_alive())
print(threading.get_native_id() == os.getpid(), type(threading.get_ident()).__name__)
print(threading.active_count(), [t.name for t in threading.enumerate()])

a = threading.Thread(target=work, args=(1,))
b = threading.Thread(target=work, args=(2,), kwargs={'scale': 10, 'label': 'b'}, name='bee')
c = threading.Thread(target=work, args=(3,), daemon=True)
print(a.name, b.name, c.name, a.daemon, c.daemon, a.is_alive(), a.ident, a.native_id)
for t in (a, b, c):
    t.start()
for t in (a, b, c):
    t.join()
print(a.is_alive(), a.ident is not None, a.native_id is not None)
for k in sorted(results):
    print(k, results[k])

w = threading.Thread(target=waiter, name='waiter')
w.start()
started.wait()
print(w.is_alive(), threading.active_count(), sorted(t.name for t in threading.enumerate()))
w.join(timeout=0.05)
print('after join(timeout)', w.is_alive())
go_on.set()
w.join()
print('after join', w.is_alive(), threading.active_count())

s = Worker()
s.start()
s.join()
print(results['sub'])
anon = threading.Thread()
print(anon.name, anon.daemon)
anon.start()
anon.join()
try:
    anon.start()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.Thread(target=work).join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    a.daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)
d = threading.Thread(target=work, args=(4,))
d.name = 'renamed'
d.daemon = True
print(d.name, d.daemon, d.isDaemon(), d.getName())
print(threading.main_thread().name, threading.current_thread().name)
