# Background jobs started in a loop, then one wait for all of them.
import os

status = os.system('for i in 1 2 3; do (sleep 0.2; exit $i) & done; wait; echo "all done, last status $?"')
print('exit code', status >> 8)
