import os
print(os.system('echo piped | cat') >> 8)
