import subprocess
with subprocess.Popen(['echo', 'in a with block'], stdout=subprocess.PIPE, text=True) as p:
    print(p.stdout.read(), end='')
print(p.returncode)
