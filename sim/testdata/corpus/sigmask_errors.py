# pthread_sigmask, sigwait and sigtimedwait with bad arguments, and the
# Sigmasks enum.
import signal
import time


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


print(signal.SIG_BLOCK, repr(signal.SIG_UNBLOCK), int(signal.SIG_SETMASK), type(signal.SIG_BLOCK).__name__)
for bad in ([0], [65], [-1], ["x"], [None], 5, [signal.SIGKILL, signal.SIGSTOP]):
    attempt(signal.pthread_sigmask, signal.SIG_BLOCK, bad)
attempt(signal.pthread_sigmask, signal.SIG_SETMASK, [])
for how in ("a", None, 3, -1):
    attempt(signal.pthread_sigmask, how, [])
attempt(signal.pthread_sigmask, 0, [], 1)
attempt(signal.pthread_sigmask)
attempt(signal.pthread_sigmask, how=0, mask=[])
attempt(signal.sigwait, [1], 2)
attempt(signal.sigpending, 1)
attempt(signal.sigwaitinfo)
attempt(signal.sigwaitinfo, [1], 2)
attempt(signal.sigtimedwait, [1])
attempt(signal.sigtimedwait, [1], 1, 2)
for t in ("1", None, float("nan"), 1e30, -1, 0, True):
    attempt(signal.sigtimedwait, [signal.SIGUSR1], t)
for t in ("1", float("nan"), 1e30, 10**10, -1):
    attempt(time.sleep, t)

old = signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
m = signal.pthread_sigmask(signal.SIG_SETMASK, old)
print(len(m), sorted(m)[:3], sorted(m)[-3:], [repr(x) for x in sorted(m)[29:33]])
print(signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT: 1, 15: 2}))
print(signal.pthread_sigmask(signal.SIG_SETMASK, range(1, 3)))
print(signal.pthread_sigmask(signal.SIG_SETMASK, ()))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
signal.raise_signal(signal.SIGUSR1)
info = signal.sigwaitinfo([signal.SIGUSR1])
print(info.si_signo, info.si_code, len(info), info.si_errno, tuple(info)[:3], info[0])
print(type(info).__module__, type(info).__name__, signal.struct_siginfo is type(info))
