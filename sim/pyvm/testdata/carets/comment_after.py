a = 1
b = 'b'
c = a + b  # add them
