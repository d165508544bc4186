it = iter([])
first = next(it)
