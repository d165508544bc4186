def show():
    print(value)
    value = 2

show()
