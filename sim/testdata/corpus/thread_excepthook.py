# A custom threading.excepthook collects errors from worker threads.
import threading

errors = []


def hook(args):
    errors.append("%s in %s: %s" % (args.exc_type.__name__, args.thread.name, args.exc_value))


threading.excepthook = hook


def risky(d, key):
    return d[key]


threads = [threading.Thread(target=risky, args=({"a": 1}, k), name="lookup-" + k) for k in "ab"]
for t in threads:
    t.start()
    t.join()
print(errors)
