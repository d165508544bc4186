def fact(n):
    return n * fact(n - 1) if n != 3 else n * None

print(fact(6))
