x = 0
y = 10 / x if x >= 0 else -1
