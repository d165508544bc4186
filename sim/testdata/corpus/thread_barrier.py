# A Barrier lines three workers up between phases; the action runs once
# per phase.
import threading

phases = []
barrier = threading.Barrier(3, action=lambda: phases.append("phase done"))
log = []
log_lock = threading.Lock()


def worker(i):
    for phase in range(2):
        with log_lock:
            log.append((phase, i))
        barrier.wait()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(phases)
print("phase 0 before phase 1:", all(p == 0 for p, _ in log[:3]) and all(p == 1 for p, _ in log[3:]))
print(sorted(log))
print("broken:", barrier.broken, "waiting:", barrier.n_waiting)
