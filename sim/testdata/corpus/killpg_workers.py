# Stop a whole group of workers with one killpg.
import os
import signal
import time

leader = os.fork()
if leader == 0:
    os.setpgid(0, 0)
    for _ in range(2):
        if os.fork() == 0:
            time.sleep(10)
            os._exit(0)
    time.sleep(10)
    os._exit(0)
# The parent makes the group too, as shells do: on a busy machine the
# child may not have run its setpgid before the killpg.
os.setpgid(leader, leader)
time.sleep(0.2)
os.killpg(leader, signal.SIGTERM)
_, status = os.waitpid(leader, 0)
print("leader killed by", signal.Signals(os.WTERMSIG(status)).name)
