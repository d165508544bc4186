point = (1, 2)
x, y, z = point[0], point[1], point[2]
