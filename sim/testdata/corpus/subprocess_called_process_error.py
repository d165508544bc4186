import subprocess
try:
    subprocess.run(['sh', '-c', 'exit 5'], check=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, e)
try:
    subprocess.check_call('exit 2', shell=True)
except subprocess.CalledProcessError as e:
    print(e)
