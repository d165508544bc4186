greeting = '你好'
print(greeting + 1)
