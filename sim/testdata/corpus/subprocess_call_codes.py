import subprocess
print(subprocess.call(['true']), subprocess.call(['false']), subprocess.call('exit 9', shell=True))
