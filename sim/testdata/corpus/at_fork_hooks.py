# os.register_at_fork: what runs before and after each fork, in which
# process and in which order (the before handlers last-registered first).
import os

log = []

def before_a():
    print("before a in", "parent" if os.getpid() == main_pid else "child", flush=True)

def before_b():
    print("before b", flush=True)

def in_child():
    print("child hook sees ppid == parent:", os.getppid() == main_pid, flush=True)

def in_parent():
    log.append("parent hook")

def late():
    print("registered during a fork, runs in the child of the same fork", flush=True)

def broken():
    raise ZeroDivisionError("hook failed")

main_pid = os.getpid()
os.register_at_fork(before=before_a)
os.register_at_fork(before=before_b, after_in_child=in_child, after_in_parent=in_parent)
os.register_at_fork(before=lambda: os.register_at_fork(after_in_child=late))

pid = os.fork()
if pid == 0:
    print("child running, log =", log, flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print("parent log =", log, flush=True)

# A child inherits the handlers: its own fork runs them again.
pid = os.fork()
if pid == 0:
    grand = os.fork()
    if grand == 0:
        os._exit(0)
    os.waitpid(grand, 0)
    os._exit(0)
os.waitpid(pid, 0)

# An exception in a handler is reported and the fork goes on.
os.register_at_fork(after_in_parent=broken)
pid = os.fork()
if pid == 0:
    os._exit(7)
print("exit status", os.WEXITSTATUS(os.waitpid(pid, 0)[1]), flush=True)
