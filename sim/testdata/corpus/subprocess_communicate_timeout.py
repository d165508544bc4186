import subprocess
p = subprocess.Popen(['sleep', '2'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
out, err = p.communicate()
print(out, err, p.returncode)
