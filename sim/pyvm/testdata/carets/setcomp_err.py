data = [[1]]
print({x for x in data})
