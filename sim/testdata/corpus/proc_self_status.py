# Read your own process's facts from /proc/self.
import os

info = {}
with open("/proc/self/status") as f:
    for line in f:
        key, _, value = line.partition(":")
        info[key] = value.strip()
print("Pid matches:", int(info["Pid"]) == os.getpid())
print("PPid matches:", int(info["PPid"]) == os.getppid())
print("State:", info["State"])
print("same as /proc/<pid>:", os.path.realpath("/proc/self") == "/proc/%d" % os.getpid())
