import os
for argv in ([], [''], 'notalist'):
    try:
        os.execv('/bin/true', argv)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
