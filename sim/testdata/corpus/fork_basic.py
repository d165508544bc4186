# The first fork program everyone writes: who am I, who is my parent?
import os

parent = os.getpid()
pid = os.fork()
if pid == 0:
    print("child: my parent is the original process:", os.getppid() == parent)
    os._exit(0)
else:
    print("parent: fork returned a positive pid:", pid > 0)
    done, status = os.waitpid(pid, 0)
    print("parent: waited for that very child:", done == pid)
    print("parent: exit status", os.WEXITSTATUS(status))
