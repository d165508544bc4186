import subprocess
p = subprocess.Popen(['sleep', '0.2'])
print('poll while running:', p.poll())
print('wait:', p.wait())
print('returncode:', p.returncode)
