items = []
if len(items) == 0: print(items[0])
