text = 'a,b'
parts = (text
         .split(',')
         .pop(5))
