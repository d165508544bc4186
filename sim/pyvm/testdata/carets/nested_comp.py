grid = [[1, 2], [3, 'x']]
print([[v * 2 + 1 for v in row] for row in grid])
