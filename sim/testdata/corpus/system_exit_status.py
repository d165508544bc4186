import os
for cmd in ('true', 'false', 'exit 7', 'nosuchcommand-zz 2>/dev/null'):
    st = os.system(cmd)
    print(cmd.split()[0], st, os.WEXITSTATUS(st))
