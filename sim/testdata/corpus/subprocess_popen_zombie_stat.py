import os, subprocess, time
p = subprocess.Popen(['true'])
os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped: no race with a sleep
print(subprocess.check_output(['ps', '-o', 'stat=', '-p', str(p.pid)], text=True).strip())
p.wait()
print(subprocess.run(['ps', '-p', str(p.pid)], stdout=subprocess.DEVNULL).returncode)
