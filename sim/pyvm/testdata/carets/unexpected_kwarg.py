def greet(name):
    return 'hi ' + name

print(greet(nam='ann'))
