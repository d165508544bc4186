class Defaults(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.misses = 0

    def __missing__(self, key):
        self.misses += 1
        return len(key)


class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


d = Defaults(a=1)
x = d['a']
y = d['three']
z = d.get('four', 0)
low = Lower()
low['KEY'] = 1
v = low['Key']
w = 'key' in low
total = x + y + z + v
print(total, d.misses, w, dict(low))
