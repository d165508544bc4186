def report():
    print('total:', totl)

total = 3
report()
