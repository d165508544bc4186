# In-place operators change the list itself: every name bound to it sees
# the change (tuples and strings get a new object instead).
rows = [[0] * 3] * 2          # the classic: two references to one row
rows[0][0] = 1
print(rows)

a = [1, 2]
alias = a
a *= 3
print(a is alias, alias)
a *= 0
print(a is alias, alias, len(a))

b = ['x']
same = b
b += 'yz'                    # extends with the string's characters
print(b is same, same)

t = (1, 2)
old = t
t *= 2
print(t is old, t, old)

s = 'ab'
before = s
s += 'c'
print(s is before, s, before)


def add(item, bucket=[]):
    bucket += [item]
    return bucket


print(add(1), add(2), add(3) is add(4))
