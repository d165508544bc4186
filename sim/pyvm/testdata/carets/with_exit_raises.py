class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return 1 / 0

with Ctx():
    print('body')
