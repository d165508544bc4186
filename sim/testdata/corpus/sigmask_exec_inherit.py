# A blocked signal stays blocked across fork and exec: a child started
# while the parent blocks SIGTERM ignores terminate() until it is killed.
import signal
import subprocess

old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
child = subprocess.Popen(["sleep", "5"])
signal.pthread_sigmask(signal.SIG_SETMASK, old)

child.terminate()
try:
    child.wait(timeout=0.5)
    print("terminated:", child.returncode)
except subprocess.TimeoutExpired:
    print("SIGTERM is blocked in the child; it is still running")
    child.kill()
    print("after kill:", child.wait())
