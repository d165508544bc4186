# sigtimedwait as a poll and with a timeout; an alarm delivered to a
# sigwait; a sigwait for SIGCHLD that was never blocked misses it.
import os
import signal

print("poll:", signal.sigtimedwait({signal.SIGUSR1}, 0))
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1, signal.SIGALRM})
print("timeout:", signal.sigtimedwait([signal.SIGUSR1], 0.2))
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)  # merged with the first
info = signal.sigtimedwait([signal.SIGUSR1], 1)
print("got:", info.si_signo, info.si_code, info.si_pid == os.getpid())
print("again:", signal.sigtimedwait([signal.SIGUSR1], 0))

signal.setitimer(signal.ITIMER_REAL, 0.25)
info = signal.sigwaitinfo([signal.SIGALRM])
print("alarm:", info.si_signo, "si_code", info.si_code, "si_pid", info.si_pid)
signal.alarm(1)
print("sigwait:", repr(signal.sigwait({signal.SIGALRM})))

pid = os.fork()
if pid == 0:
    os._exit(0)
print("unblocked SIGCHLD:", signal.sigtimedwait({signal.SIGCHLD}, 0.3))
os.waitpid(pid, 0)
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})
pid = os.fork()
if pid == 0:
    os._exit(5)
info = signal.sigtimedwait({signal.SIGCHLD}, 5)
print("blocked SIGCHLD:", info.si_code == os.CLD_EXITED, info.si_status, info.si_pid == pid)
os.waitpid(pid, 0)
