# Error numbers and their messages.
import errno
import os

for code in (errno.ECHILD, errno.ESRCH, errno.EINTR, errno.EPERM):
    print(code, errno.errorcode[code], os.strerror(code))
try:
    os.kill(999999, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e.errno == errno.ESRCH, e)
