import subprocess
r = subprocess.run('echo out; echo err 1>&2', shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout)
r = subprocess.run('echo gone', shell=True, stdout=subprocess.DEVNULL)
print(r.stdout, r.returncode)
