# Prints the line events CPython's sys.settrace reports for a program, in
# the form func:line, one per line (comprehension frames left out).
import sys

target = sys.argv[1]
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != target:
        return None
    if event == "line" and not frame.f_code.co_name.startswith("<") or frame.f_code.co_name == "<module>" and event == "line":
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
