import os
for f in (lambda: os.execv('/no/such/program', ['x']), lambda: os.execvp('no-such-program-zz', ['x']),
          lambda: os.execve('/no/such', ['x'], {})):
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.errno)
