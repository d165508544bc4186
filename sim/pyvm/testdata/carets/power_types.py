base = '2'
print(base**3)
