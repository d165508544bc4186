def greet(name, *, punct='!'):
    return name + punct

print(greet('ann', punct=1))
