a, b, c = 1, 2, 'x'
print(((a + b)) * (c + 1))
