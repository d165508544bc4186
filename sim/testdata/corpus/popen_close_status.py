import os
f = os.popen('exit 3')
print(f.read() == '', f.close())
print(os.popen('true').close())
