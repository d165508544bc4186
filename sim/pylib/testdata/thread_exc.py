# versions: 3.8 3.11 3.12 3.13
# An exception that leaves a thread's function goes to threading.excepthook:
# "Exception in thread NAME:" and the traceback on stderr; the thread ends,
# the program goes on. SystemExit ends the thread quietly.
import io
import sys
import threading


def boom(n):
    raise ValueError('boom %d' % n)


def leave():
    sys.exit(3)


seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, args=(1,))
t.start()
t.join()
print(seen, t.is_alive())
threading.excepthook = old
print(threading.excepthook is threading.__excepthook__)

saved = sys.stderr
sys.stderr = io.StringIO()
t = threading.Thread(target=boom, args=(2,), name='worker')
t.start()
t.join()
text = sys.stderr.getvalue()
sys.stderr = saved
lines = text.splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])

t = threading.Thread(target=leave)
t.start()
t.join()
print('after sys.exit in a thread', t.is_alive())
t = threading.Thread(target=boom, args=(3,))
t.start()
t.join()
print('main goes on')
