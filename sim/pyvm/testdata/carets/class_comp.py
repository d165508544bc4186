class Table:
    rows = [1, 2, 0]
    inverse = [1 / r for r in rows]
