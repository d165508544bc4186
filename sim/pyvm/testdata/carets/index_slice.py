rows = [[1, 2], [3, 4]]
print(rows[0][1:2], rows[2][0])
