import os, subprocess
os.system("printf 'a\\nb\\nab\\n' | grep a | wc -l")
print(subprocess.run('echo hello | grep -q ell', shell=True).returncode)
print(subprocess.run('echo hello | grep -q xyz', shell=True).returncode)
print(subprocess.getoutput("printf 'x\\ny\\nz\\n' | head -n 2"))
