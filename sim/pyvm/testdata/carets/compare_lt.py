a, b = 3, 'x'
if a < b:
    print('less')
