# Old-style threading from tutorials: setDaemon(), getName(), isAlive's
# replacements; 3.10+ warn that the camelCase names are deprecated.
import threading
import time


go = threading.Event()


def work():
    go.wait()  # alive until main has looked, however busy the machine
    time.sleep(0.01)


t = threading.Thread(target=work)
t.setDaemon(True)
t.setName("old-style")
t.start()
print(t.getName(), t.isDaemon(), t.is_alive())
go.set()
t.join()
print("alive:", t.is_alive())
