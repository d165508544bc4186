people = [('ann', 31), ('bob', None)]
print(sorted(people, key=lambda p: p[1] + 1))
