count: int = 3
names: list


class Point:
    x: int
    y: float = 0.5

    def method(self):
        z: int = 1
        return z


p = Point()
w = p.method()
