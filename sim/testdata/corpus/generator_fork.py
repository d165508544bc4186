# A generator half consumed before fork continues in both processes.
import os

def numbers():
    n = 0
    while True:
        yield n
        n += 1

gen = numbers()
print(next(gen), next(gen), flush=True)
pid = os.fork()
if pid == 0:
    print("child continues at", next(gen), flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print("parent continues at", next(gen))
