# The first fork program everyone writes: who am I, who is my parent?
import os

parent = os.getpid()
pid = os.fork()
if pid == 0:
    print("child: my parent is the original process:", os.getppid() == parent)
    os._exit(0)
else:
    # Waiting first keeps the two prints in one order: printed before the
    # wait, the parent's line races the child's on a busy machine.
    done, status = os.waitpid(pid, 0)
    print("parent: fork returned a positive pid:", pid > 0)
    print("parent: waited for that very child:", done == pid)
    print("parent: exit status", os.WEXITSTATUS(status))
