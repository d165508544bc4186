data = {'a': {'b': {}}}
print(data['a']['b']['c'])
