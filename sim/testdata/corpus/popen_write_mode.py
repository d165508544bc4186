import os
p = os.popen('cat', 'w')
p.write('written to cat\n')
print(p.close())
