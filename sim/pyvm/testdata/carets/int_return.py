def parse(s):
    return int(s)

parse('x')
