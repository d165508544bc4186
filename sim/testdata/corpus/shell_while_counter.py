# while and until loops with $(( )) arithmetic, as shell tutorials write them.
import os

os.system('i=1; while [ $i -le 5 ]; do echo "square of $i is $((i * i))"; i=$((i + 1)); done')
os.system('n=10; until [ $n -lt 1 ]; do printf "%d " $n; n=$((n / 2)); done; echo')
os.system('echo $(( (7 + 3) % 4 )) $(( -7 / 2 )) $(( 1 << 4 )) $(( 3 > 2 && 2 > 3 ))')
