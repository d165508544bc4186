stack = [1, 2]
while stack.pop() > 0:
    pass
