import os
os.system('false || echo recovered; true && echo chained; echo $?')
