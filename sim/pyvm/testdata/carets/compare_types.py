values = [3, 'x', 1]
print(sorted(values))
