data = list(range(10))
print(data[::0])
