# A shell if/elif/else that classifies numbers, run through os.system and
# subprocess with the number as $1.
import os
import subprocess

script = '''
if [ "$1" -lt 0 ]; then
    echo "$1 is negative"
elif [ "$1" -eq 0 ]; then
    echo "zero"
else
    echo "$1 is positive"
fi
'''
for n in (-3, 0, 7):
    subprocess.run(['sh', '-c', script, 'sh', str(n)])
status = os.system('if false; then exit 1; else exit 4; fi')
print('status', status >> 8)
