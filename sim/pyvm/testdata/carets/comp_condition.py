vals = [1, None, 3]
print([v for v in vals if v > 0])
