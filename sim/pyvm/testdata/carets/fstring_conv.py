width = 'ten'
name = 'ann'
print(f"{name!r:>{width}}")
