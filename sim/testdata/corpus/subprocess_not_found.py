import subprocess
try:
    subprocess.run(['no-such-cmd-zz'])
except FileNotFoundError as e:
    print(e)
print(subprocess.run('no-such-cmd-zz 2>/dev/null', shell=True).returncode)
