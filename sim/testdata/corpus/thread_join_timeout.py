# join(timeout) returns after the timeout even if the thread still runs;
# is_alive() tells which happened.
import threading
import time


def slow():
    time.sleep(2)  # well past join's 0.1 s, even on a loaded machine


t = threading.Thread(target=slow, name="slowpoke")
t.start()
t.join(timeout=0.1)
print(t.name, "alive after join(0.1):", t.is_alive())
t.join()
print(t.name, "alive after join():", t.is_alive())
