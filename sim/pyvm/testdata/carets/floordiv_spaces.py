def ratio(a, b):
    return (a + 1)  //  (b - b)

ratio(4, 2)
