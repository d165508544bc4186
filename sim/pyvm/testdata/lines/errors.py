def check(v):
    if v < 0:
        raise ValueError("negative")
    return v


for v in [1, -1, 2]:
    try:
        check(v)
    except ValueError as e:
        msg = str(e)
    else:
        msg = "ok"
    finally:
        v = None
items = {"a": 1}
while items:
    k, val = items.popitem()
    pass
