# Division by zero in $(( )) ends a non-interactive shell with status 2.
import os

status = os.system('echo before; echo $((10 / 0)); echo after')
print('exit code', status >> 8, flush=True)
status = os.system('x=5; echo $((x +))')
print('exit code', status >> 8)
