# zombielab: until=tick#3
# A loop that never ends: each round forks a child that sleeps for ever.
# The run stops right after the third snapshot of tick, however slow the
# machine is, and the whole family is SIGKILLed.
import os
import time

while True:
    # checkpoint: tick
    pid = os.fork()
    if pid == 0:
        time.sleep(1000)
    time.sleep(0.2)
