# Signals are an IntEnum: names, values, and how they print.
import signal

s = signal.SIGTERM
print(s.name, s.value, int(s))
print(repr(s))
print(str(s))
print(f"{s}")
print(signal.Signals(2))
print(signal.SIGKILL == 9, isinstance(signal.SIGINT, int))
print(signal.strsignal(signal.SIGTERM))
print(signal.strsignal(signal.SIGKILL))
print(repr(signal.SIG_IGN), repr(signal.SIG_DFL))
