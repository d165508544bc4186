import subprocess
p = subprocess.Popen(['sleep', '2'])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired:', e)
p.kill()
print('returncode after kill:', p.wait())
