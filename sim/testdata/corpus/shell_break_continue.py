# break and continue, with counts, in nested shell loops.
import subprocess

script = '''
for i in 1 2 3; do
    for j in a b c; do
        if [ $j = b ]; then continue; fi
        if [ $i = 3 ]; then break 2; fi
        echo "$i$j"
    done
done
n=0
while true; do
    n=$((n + 1))
    [ $n -ge 4 ] && break
done
echo "stopped at $n"
'''
r = subprocess.run(['sh', '-c', script], stdout=subprocess.PIPE, text=True)
print(r.stdout.split(), r.returncode)
