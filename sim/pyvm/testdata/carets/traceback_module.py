import traceback

def risky(d):
    return d['missing'] * 2

try:
    risky({})
except KeyError:
    traceback.print_exc()
print(traceback.format_exc().splitlines()[-2])
