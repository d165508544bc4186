import subprocess
print(subprocess.run('kill -9 $$', shell=True).returncode)
try:
    subprocess.run(['sh', '-c', 'kill -TERM $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
