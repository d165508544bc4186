values = [1, 2]
result = (values[0] +  # first
          values[5])   # missing
