class Bad:
    def __repr__(self):
        return 1 + 'x'

print([Bad()])
