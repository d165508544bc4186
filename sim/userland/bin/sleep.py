# /bin/sleep (coreutils src/sleep.c): the sum of its arguments, each a
# number with an optional suffix s, m, h or d.
import os, sys, time

def fail(msg):
    os.write(2, ('sleep: ' + msg + "\nTry 'sleep --help' for more information.\n").encode())
    sys.exit(1)

if len(sys.argv) < 2:
    fail('missing operand')
total = 0.0
for arg in sys.argv[1:]:
    scale = 1
    num = arg
    if arg and arg[-1] in 'smhd':
        scale = {'s': 1, 'm': 60, 'h': 3600, 'd': 86400}[arg[-1]]
        num = arg[:-1]
    try:
        n = float(num)
    except ValueError:
        n = -1.0
    if n < 0 or num == '':
        fail("invalid time interval '" + arg + "'")
    total += n * scale
time.sleep(total)
