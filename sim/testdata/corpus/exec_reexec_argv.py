import os, sys
if len(sys.argv) == 1:
    print('first run', flush=True)
    os.execv(sys.executable, [sys.executable] + sys.argv + ['again'])
print('second run with', sys.argv[1:])
