# A repeating timer with setitimer.
import signal

ticks = []

def tick(signum, frame):
    # Three at most: on a busy machine a fourth may come before the
    # cancelling setitimer below.
    if len(ticks) < 3:
        ticks.append(signum)

signal.signal(signal.SIGALRM, tick)
signal.setitimer(signal.ITIMER_REAL, 0.1, 0.1)
while len(ticks) < 3:
    signal.pause()
signal.setitimer(signal.ITIMER_REAL, 0)
print("ticks:", len(ticks), "all SIGALRM:", all(t == signal.SIGALRM for t in ticks))
