# Blocked signals wait, pending, until they are unblocked or taken by
# sigwait; a fork inherits the mask but not what is pending; an action
# that ignores a pending signal discards it.
import os
import signal
import time

got = []
signal.signal(signal.SIGUSR1, lambda signum, frame: got.append(signum))
old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1, signal.SIGTERM})
print("old mask:", old)
print("mask:", sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGTERM)
print("pending:", sorted(signal.sigpending()), "handled:", got)
print("sigwait:", signal.sigwait({signal.SIGTERM}))
print("pending:", signal.sigpending())
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print("after unblocking:", got, signal.sigpending())

pid = os.fork()
if pid == 0:
    print("child mask:", signal.pthread_sigmask(signal.SIG_SETMASK, []))
    print("child pending:", signal.sigpending())
    os._exit(0)
os.waitpid(pid, 0)

# A sigwait takes a handled signal it waits for, even unblocked: the
# handler does not run.
signal.signal(signal.SIGUSR1, lambda signum, frame: print("handler", signum))
pid = os.fork()
if pid == 0:
    time.sleep(0.1)
    os.kill(os.getppid(), signal.SIGUSR1)
    os._exit(0)
print("sigwait got:", signal.sigwait({signal.SIGUSR1}))
os.wait()

# Blocked, a signal is pending even when ignored; setting SIG_IGN again
# discards it, SIG_DFL does not.
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR2})
os.kill(os.getpid(), signal.SIGUSR2)
print("ignored but pending:", signal.sigpending())
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
print("after SIG_IGN:", signal.sigpending())
os.kill(os.getpid(), signal.SIGUSR2)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
print("after SIG_DFL:", signal.sigpending())
signal.signal(signal.SIGUSR2, lambda signum, frame: print("usr2 handler"))
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR2})
print("unblocked")

# A handled signal arriving during sigwait for another one runs its handler
# after the wait; during sigwaitinfo, while it waits (PEP 475).
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR2})
for wait in (signal.sigwait, signal.sigwaitinfo):
    pid = os.fork()
    if pid == 0:
        time.sleep(0.1)
        os.kill(os.getppid(), signal.SIGUSR1)
        time.sleep(0.2)
        os.kill(os.getppid(), signal.SIGUSR2)
        os._exit(0)
    r = wait({signal.SIGUSR2})
    print(wait.__name__, "returned", getattr(r, "si_signo", r))
    os.wait()

# A blocked fatal signal kills when unblocked.
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
os.kill(os.getpid(), signal.SIGTERM)
print("still alive", flush=True)
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
print("not reached")
