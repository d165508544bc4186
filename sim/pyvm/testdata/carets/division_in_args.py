def avg(values):
    return sum(values) / len(values)

print('mean', avg([]), 'done')
