import subprocess
for cmd in ('exit 0', 'exit 255', 'false; true', 'true && false', '! true', 'exit 256'):
    print(repr(cmd), subprocess.call(cmd, shell=True))
