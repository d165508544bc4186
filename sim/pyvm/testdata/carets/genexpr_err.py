nums = [1, 2, 0]
print(sum(10 // n for n in nums))
