# The text tools of zombie-hunting one-liners: cut and tail on ps output
# and on small inputs, with coreutils' messages for bad arguments.
import os
cmds = ["printf 'a b c\\nd e f\\n' | cut -d' ' -f2", "printf 'a:b\\nnodelim\\n' | cut -d: -f2", "printf 'a:b\\nnodelim\\n' | cut -s -d: -f2",
        "printf 'abcdef\\n' | cut -c2-4", "printf 'a b c d\\n' | cut -d' ' -f1,3-", "cut -f1 /nonexist; echo rc $?", "printf 'x\\n' | cut; echo rc $?",
        "printf 'x\\n' | cut -d ab -f1; echo rc $?", "printf 'x\\n' | cut -f0; echo rc $?", "printf '1\\n2\\n3\\n4\\n' | tail -n 2",
        "printf '1\\n2\\n3\\n4\\n' | tail -n +3", "printf '1\\n2\\n3\\n' | tail -1", "printf '1\\n2\\n3' | tail -n 1; echo", "tail -n x /dev/null; echo rc $?",
        "tail /nonexist; echo rc $?", "printf 'a\\tb\\n' | cut -f2", "printf 'abc\\n' | cut -b1,3", "echo hi | cut -c1-; echo hi | cut -c -1",
        "printf '1\\n2\\n' | tail -n 0; echo end", "printf 'x y\\n' | cut -d ' ' -f 2"]
for c in cmds:
    print("$", c, flush=True)
    os.system(c + " 2>&1")
pid = os.fork()
if pid == 0:
    os._exit(0)
# Until the child has exited, without reaping it (a sleep here raced the
# child on a loaded machine).
os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
# Only this program's children: other programs' zombies stay out.
os.system("ps -o pid,ppid,cmd --ppid %d | grep defunct | tr -s ' ' | cut -d' ' -f3 | wc -l" % os.getpid())
os.system("ps -o pid,stat --ppid %d | tail -n +2 | grep -c Z" % os.getpid())
os.waitpid(pid, 0)
