count = 3
print(cont + 1)
