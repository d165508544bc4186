def area(w, h):
    return w * h

def total(shapes):
    return sum(area(*s) for s in shapes) + len(shapes)

print(total([(1, 2), (3, None)]))
