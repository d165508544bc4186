# The Stack Overflow answer for zombies that will not go away: find their
# parents with ps and awk, and SIGHUP them with xargs
#   ps -A -ostat,ppid | awk '/[zZ]/ && !a[$2]++ {print $2}' | xargs kill -s SIGHUP
# Here limited to one bad parent's family, so that other programs' zombies
# stay out of it.
import os, signal, subprocess, time

ready_r, ready_w = os.pipe()
bad = os.fork()
if bad == 0:
    # A parent that never reaps: three zombies. It says so on a pipe once
    # they have exited (a sleep in the parent raced them under load).
    kids = []
    for i in range(3):
        pid = os.fork()
        if pid == 0:
            os._exit(i)
        kids.append(pid)
    for pid in kids:
        os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
    os.write(ready_w, b"x")
    while True:
        time.sleep(1)
os.read(ready_r, 1)

def zombies():
    out = subprocess.run('ps -o stat=,ppid= --ppid %d | grep -c Z' % bad, shell=True,
                         capture_output=True, text=True).stdout
    return int(out)

print('zombies under the bad parent:', zombies())
parents = subprocess.run("ps -o stat,ppid --ppid %d | awk '/[zZ]/ && !a[$2]++ {print $2}'" % bad,
                         shell=True, capture_output=True, text=True).stdout.split()
print('parents found:', len(parents), parents == [str(bad)])
r = subprocess.run("ps -o stat,ppid --ppid %d | awk '/[zZ]/ && !a[$2]++ {print $2}' | xargs kill -s SIGHUP" % bad,
                   shell=True)
print('pipeline status:', r.returncode)
pid, status = os.waitpid(bad, 0)
print('bad parent:', 'killed by', signal.Signals(os.WTERMSIG(status)).name if os.WIFSIGNALED(status) else 'exit')
print('zombies under it now:', zombies())
