def find(items, target):
    for i, item in enumerate(items):
        if item.lower() == target:
            return i

find(['A', 3], 'b')
