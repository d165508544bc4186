import subprocess
print(subprocess.getoutput('echo out; echo err >&2'))
print(subprocess.getstatusoutput('exit 4'))
