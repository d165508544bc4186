def boom():
    return [][1]

boom()
