x = [i * i
     for i in range(3)]
y = 1
z = [i * i for i in range(3)]
w = {k: v
     for k, v in [(1, 2)]
     if k}
