import sys
import atexit

def bye(tag):
    print("atexit", tag)

atexit.register(bye, "first")
atexit.register(bye, "second")
print("exiting with 3")
sys.exit(3)
