# A for loop in the shell, its output captured by subprocess.
import subprocess

out = subprocess.run('for f in apple banana cherry; do echo "fruit: $f"; done',
                     shell=True, capture_output=True, text=True).stdout
print(out.splitlines())
out = subprocess.check_output(['sh', '-c', 'for a; do echo "[$a]"; done', 'sh', 'x y', 'z'])
print(out)
