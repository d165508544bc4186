x = '3'
assert isinstance(x, int), f'expected int, got {type(x).__name__}'
