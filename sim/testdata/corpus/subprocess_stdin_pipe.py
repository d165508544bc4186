import subprocess
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write('line one\nline two\n')
p.stdin.close()
print(p.stdout.readlines())
print(p.wait())
