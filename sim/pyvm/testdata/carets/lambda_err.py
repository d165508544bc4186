double = lambda x: x * 2 + None
print(double(3))
