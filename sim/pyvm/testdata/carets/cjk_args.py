def 问候(名字):
    return '你好，' + 名字

print(问候(42))
