# Argument Clinic's checks on os.mkdir and os.pidfd_open, in the order and
# words of each version: too many positional arguments, a required one
# missing, a keyword that names no parameter.
import os, sys
calls = [((), {}), (("/tmp/x", 1, 2), {}), (("/tmp/x",), {"path": "/y"}), ((), {"bogus": 1}),
         (("/tmp/zl_args_%d" % os.getpid(),), {"bogus": 1})]
for a, k in calls:
    try:
        os.mkdir(*a, **k)
        print("made")
    except TypeError as e:
        print(e)
d = "/tmp/zl_args_%d" % os.getpid()
os.mkdir(d, mode=0o700, dir_fd=None)
os.rmdir(d)
print("keywords: ok")
if sys.version_info >= (3, 9):
    for a, k in [((), {}), ((1, 2, 3), {}), ((os.getpid(),), {"pid": 1}), ((os.getpid(),), {"fl": 1})]:
        try:
            os.pidfd_open(*a, **k)
        except TypeError as e:
            print(e)
    fd = os.pidfd_open(pid=os.getpid(), flags=0)
    os.close(fd)
    print("pidfd_open by keyword: ok")
