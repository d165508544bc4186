# Which signals exist, and which cannot be caught.
import signal

valid = signal.valid_signals()
print(len(valid) > 30, signal.SIGKILL in valid)
for sig in (signal.SIGKILL, signal.SIGSTOP):
    try:
        signal.signal(sig, signal.SIG_IGN)
    except OSError as e:
        print(sig.name, "->", e)
print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
print(signal.getsignal(signal.SIGTERM))
