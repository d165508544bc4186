import subprocess, time
subprocess.Popen(['sleep', '0.2'])
print('dropped while running:', len(subprocess._active))
time.sleep(0.5)
first = subprocess._active[0]
print('still listed, returncode', first.returncode)
subprocess.Popen(['sleep', '0.2'])
print('after the next Popen:', first.returncode, len(subprocess._active))
p = subprocess.Popen(['sleep', '0.1'])
time.sleep(0.3)
p = subprocess.Popen(['sleep', '0.1'])
print('rebinding reaps the exited one:', len(subprocess._active))
q = [subprocess.Popen(['true']) for i in range(3)]
time.sleep(0.2)
print([x.returncode for x in q], len(subprocess._active))
del q
print('del q:', len(subprocess._active))
