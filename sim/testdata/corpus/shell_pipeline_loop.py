# A loop feeding a pipeline, as scripts count and filter lines.
import subprocess

out = subprocess.run('for i in 1 2 3 4 5 6; do echo "line $i"; done | grep -v 3 | wc -l',
                     shell=True, capture_output=True, text=True).stdout
print(out.strip())
out = subprocess.run(['sh', '-c', 'i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done | cat'],
                     capture_output=True, text=True).stdout
print(out.split())
