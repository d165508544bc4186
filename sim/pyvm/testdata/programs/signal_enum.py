# python: 3.13
# signal.Signals/Handlers as IntEnums on 3.13: str() is the number.
import signal as s
t=s.SIGTERM
print(repr(t), str(t), f'{t}', '%s %d' % (t, t), format(t, '>5'), repr(s.SIG_DFL), str(s.SIG_IGN), f'{s.SIG_IGN}', t+1, type(t+1).__name__, t == 15, hash(t), s.Signals(15) is t, sorted([s.SIGTERM, s.SIGINT]), s.getsignal(s.SIGTERM), {t: 1}, str(s.SIGRTMIN))
try: s.Signals(99)
except ValueError as e: print(e)
print(sorted(s.valid_signals())[28:36], s.SIGRTMIN, s.SIGRTMAX)
h=s.signal(s.SIGUSR1, s.SIG_IGN); print(repr(h), repr(s.signal(s.SIGUSR1, s.SIG_DFL)))
print(s.Signals.SIGINT, s.Handlers.SIG_DFL, s.Signals.__name__, type(s.SIGINT).__name__, t.name, t.value, s.SIGCLD, s.SIGCHLD.name, isinstance(t, int), int(t), t in {15}, 15 in {t: 0})
print(s.strsignal(s.SIGXFSZ), s.Signals(s.SIGINT), [x.name for x in (s.SIGHUP, s.SIGPIPE)])
