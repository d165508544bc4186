n = 'five'
print('%d items' % n)
