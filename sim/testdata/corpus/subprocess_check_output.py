import subprocess
out = subprocess.check_output(['echo', 'a', 'b'])
print(out)
print(subprocess.check_output('echo x | cat', shell=True, text=True), end='')
