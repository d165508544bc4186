word = 'abc'
print(-word)
