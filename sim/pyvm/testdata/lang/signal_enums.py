# signal.Signals, Handlers and Sigmasks as enum classes: len, iteration,
# membership, lookup by name, __members__ with aliases, SIGSTKFLT from 3.11.
import signal
print(signal.Signals['SIGTERM'], signal.Signals(15), signal.SIGTERM.name, signal.SIGTERM.value)
print(len(signal.Signals), list(signal.Signals)[:3], signal.SIGINT in signal.Signals)
print(list(signal.Sigmasks), len(signal.Handlers), signal.Sigmasks(1), signal.Handlers.SIG_IGN)
print([s.name for s in signal.Signals if s.value > 30], list(reversed(signal.Sigmasks)))
print(signal.Signals.__members__['SIGCLD'], len(signal.Signals.__members__), list(signal.Signals.__members__)[-4:])
print(repr(getattr(signal, 'SIGSTKFLT', None)), 16 in signal.valid_signals(), [repr(x) for x in sorted(signal.valid_signals()) if x in (16, 17)])
for k in ('SIGFOO', 'SIGCLD'):
    try:
        print(signal.Signals[k])
    except KeyError as e:
        print('KeyError', e)
try:
    print(16 in signal.Signals, 'x' in signal.Signals)
except TypeError as e:
    print('TypeError', e)
try:
    signal.Signals(16)
except ValueError as e:
    print('ValueError', e)
print(type(signal.Signals), type(signal.Sigmasks), isinstance(signal.Signals, type), type(signal.SIGINT), signal.Handlers, str(signal.Signals), [signal.Sigmasks])
