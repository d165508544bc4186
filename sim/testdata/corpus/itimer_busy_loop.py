# A timer interrupts a loop that makes no system call: SIGALRM is sent when
# the timer expires, whatever the process is doing (the classic time-out).
import signal


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout("time is up")


signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.02)
n = 0
try:
    while True:
        n += 1
except Timeout as e:
    print("interrupted:", e, n > 1000)

# A periodic timer: the handler counts ticks while the loop spins. It counts
# five at most: on a busy machine a sixth may come between the loop's end and
# the cancelling setitimer.
ticks = []


def tick(signum, frame):
    if len(ticks) < 5:
        ticks.append(signum)


signal.signal(signal.SIGALRM, tick)
signal.setitimer(signal.ITIMER_REAL, 0.002, 0.002)
spins = 0
while len(ticks) < 5:
    spins += 1
signal.setitimer(signal.ITIMER_REAL, 0)
print("ticks:", len(ticks), "spun:", spins > 10)
print("left:", signal.getitimer(signal.ITIMER_REAL))
