import os
try:
    os.execv('/usr/bin', ['x'])
except PermissionError as e:
    print('PermissionError', e.errno)
try:
    os.execv('/dev/null', ['x'])
except PermissionError as e:
    print('PermissionError', e.errno)
