items = [1, 2, 3]
i = 0
while items[i] < 10:
    i += 1
