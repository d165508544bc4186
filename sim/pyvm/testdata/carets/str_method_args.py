s = 'a,b,c'
parts = s.split(',', 'x')
