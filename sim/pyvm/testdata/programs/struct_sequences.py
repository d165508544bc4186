# Struct sequences: os.times(), sys.version_info, time.struct_time and
# os.waitid() return tuple subclasses with named fields, printed by name.
import os, sys, time
t = os.times()
print(type(t).__name__, type(t).__module__, type(t).__qualname__, isinstance(t, tuple), len(t))
print(repr(sys.version_info)[:16], type(sys.version_info).__name__, type(sys.version_info).__module__)
lt = time.gmtime(0)
print(lt)
print(type(lt).__name__, type(lt).__module__, lt.tm_year, lt[0], lt[:3], type(lt[:3]).__name__, type(lt + (1,)).__name__)
print(str(lt) == repr(lt), lt == tuple(lt), '%d-%d' % lt[:2])
pid = os.fork()
if pid == 0:
    os._exit(3)
r = os.waitid(os.P_PID, pid, os.WEXITED)
print(type(r).__name__, type(r).__module__, r.si_status)
