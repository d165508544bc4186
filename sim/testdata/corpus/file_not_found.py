# Reading a file that is not there.
try:
    open("/no/such/file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
    print(e)
open("missing.cfg")
