import subprocess, sys
out = subprocess.check_output([sys.executable, '-c', 'import sys; print(sum(range(10))); sys.exit(0)'])
print(out.decode().strip())
r = subprocess.run([sys.executable, '-c', 'import sys; sys.exit("fatal")'], capture_output=True, text=True)
print(r.returncode, r.stderr.strip())
