total = 0
for i in range(3):
    if i == 0:
        total += 1
    elif i == 1:
        total += 2
    else:
        total += 3
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    total += n
while True:
    n += 1
    if n > 5:
        break
x = [
    1,
    2,
]
y = (total +
     n)
print(total, y, x)
