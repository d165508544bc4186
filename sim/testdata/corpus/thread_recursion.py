# A thread that recurses for ever: its RecursionError is reported by
# threading.excepthook; the main thread goes on.
import threading


def down(n):
    return down(n + 1)


t = threading.Thread(target=down, args=(0,))
t.start()
t.join()
print("main still runs")
