def f(d):
    try:
        return d['k']
    except KeyError:
        print('missing')
        raise

f({})
