def f():
    try:
        [].pop()
    except IndexError as e:
        err = e
    raise err

f()
