ages = {'ann': 31, 'bob': 42}
name = 'cid'
print('age:', ages[name])
