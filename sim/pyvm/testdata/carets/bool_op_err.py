items = None
if items and items[0] or len(items) > 0:
    pass
