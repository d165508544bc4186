scores = {'a': 1}
scores.add('b', 2)
