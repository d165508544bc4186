import os, sys
os.execv(sys.executable, [sys.executable, '-c', "print('hi from the new program')"])
