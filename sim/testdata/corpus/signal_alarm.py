# A timeout with SIGALRM: alarm() then pause() until the handler runs.
import signal

def timeout(signum, frame):
    print("alarm went off:", signum == signal.SIGALRM)

signal.signal(signal.SIGALRM, timeout)
print("first alarm returns", signal.alarm(1))
signal.pause()
print("after pause")
print("cancelling returns", signal.alarm(0))
