# /usr/bin/env (coreutils): with a command, runs it through PATH; alone,
# prints the environment.
import os, sys

args = sys.argv[1:]
while args and '=' in args[0]:
    args = args[1:]
if not args:
    for k in sorted(os.environ):
        os.write(1, (k + '=' + os.environ[k] + '\n').encode())
    sys.exit(0)
try:
    os.execvp(args[0], args)
except FileNotFoundError:
    os.write(2, ("env: '" + args[0] + "': No such file or directory\n").encode())
    sys.exit(127)
except OSError as e:
    os.write(2, ("env: '" + args[0] + "': " + e.strerror + '\n').encode())
    sys.exit(126)
