# Formatting fixed timestamps.
import time

t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%a %b %d %j", time.gmtime(86400 * 365)))
print(time.asctime(time.gmtime(1000000000)))
print(time.strftime("%A %B %I %p %%", time.gmtime(1700000000)))
print(tuple(time.gmtime(1234567890))[:6])
print(time.mktime(time.localtime(1600000000)) == 1600000000)
