# A table of strftime directives for fixed timestamps.
import time

for ts in (0, 951782400, 1234567890, 1700000000, 4102444799):
    t = time.gmtime(ts)
    print(ts, time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %I%p", t))
    print("   ", time.strftime("%c | %x | %X | %D | %e | %%", t), "|", time.asctime(t))
print(time.ctime(86400 * 10000))
print(time.mktime((2024, 2, 29, 12, 0, 0, 0, 0, 0)))
print(time.gmtime(1e9)[:])
print(time.strftime("%H:%M", (2020, 1, 1, 7, 5, 0, 2, 1, 0)))
