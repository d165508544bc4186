# Prints the line events CPython's sys.settrace reports for a program, in
# the form func:line, one per line (comprehension frames left out unless
# ZL_ALL_FRAMES is set).
import os
import sys

target = sys.argv[1]
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != target:
        return None
    name = frame.f_code.co_name
    if event == "line" and (os.environ.get("ZL_ALL_FRAMES") or not name.startswith("<") or name == "<module>"):
        events.append("%s:%d" % (frame.f_code.co_name, frame.f_lineno))
    return tracer


with open(target) as fh:
    code = compile(fh.read(), target, "exec")
sys.stdout = open("/dev/null", "w")
sys.settrace(tracer)
try:
    exec(code, {"__name__": "__main__"})
except BaseException:
    pass
finally:
    sys.settrace(None)
sys.stdout = sys.__stdout__
print("\n".join(events))
