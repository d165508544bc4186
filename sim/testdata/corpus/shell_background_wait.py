import os
print(os.system('sleep 0.1 & echo started; wait; echo waited $?') >> 8)
