class Res:
    def __enter__(self):
        return self

with Res() as r:
    print('in')
