table = {'a': {'b': 1}}
value = table[
    'a'
][
    'c'
]
