data = [1, 2]
if (n := len(data)) > 1 and data[n] > 0:
    print(n)
