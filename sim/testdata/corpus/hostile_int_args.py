# Arguments that do not fit the C types os functions take.
import os

for call, args in [
    (os.kill, (os.getpid() + 2**32, 0)),
    (os.kill, (-2**31 - 1, 0)),
    (os.kill, (2**63, 0)),
    (os.kill, (os.getpid(), 2**31)),
    (os.waitpid, (2**31, 0)),
    (os.getpgid, (2**31,)),
    (os.close, (2**31,)),
]:
    try:
        call(*args)
    except (OverflowError, OSError) as e:
        print(call.__name__, type(e).__name__, e)
os._exit(2**40)
