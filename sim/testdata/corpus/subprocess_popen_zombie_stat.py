import subprocess, time
p = subprocess.Popen(['true'])
time.sleep(0.5)
print(subprocess.check_output(['ps', '-o', 'stat=', '-p', str(p.pid)], text=True).strip())
p.wait()
print(subprocess.run(['ps', '-p', str(p.pid)], stdout=subprocess.DEVNULL).returncode)
