items = [3, 1, 2]
items.sort()
items.push(4)
