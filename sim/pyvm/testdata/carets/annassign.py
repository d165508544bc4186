count: int = 'a' + 1
