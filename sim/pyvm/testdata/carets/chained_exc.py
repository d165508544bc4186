def load(path):
    try:
        return {'a': 1}[path]
    except KeyError as e:
        raise ValueError(f'no such key: {path}') from e

load('b')
