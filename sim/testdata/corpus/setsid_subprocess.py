# A session leader's children stay in its session, however they are started
# (subprocess, a shell): getsid, and ps's TTY and STAT for them.
import os, subprocess, sys
if os.fork() == 0:
    os.setsid()
    me = os.getpid()
    out = subprocess.run([sys.executable, '-c', 'import os; print(os.getsid(0) == os.getppid())'], capture_output=True, text=True).stdout
    print('child of a session leader in its session:', out.strip())
    print(subprocess.run('ps -o tty=,stat= -p $$', shell=True, capture_output=True, text=True).stdout.split())
    print(subprocess.run(['ps'], capture_output=True, text=True).stdout.count('?') >= 1)
    os._exit(0)
os.wait()
