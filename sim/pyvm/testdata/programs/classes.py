# Classes, inheritance, super, properties, static and class methods, dunders.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"Animal({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, tricks=None):
        super().__init__(name)
        self.tricks = tricks or []

    def speak(self):
        return super().speak() + " (woof)"

    @property
    def trick_count(self):
        return len(self.tricks)

    @trick_count.setter
    def trick_count(self, v):
        self.tricks = ["trick"] * v

    @staticmethod
    def legs():
        return 4

    @classmethod
    def create(cls, name):
        return cls(name, ["sit"])

    def __str__(self):
        return "Dog " + self.name


a = Animal("generic")
d = Dog.create("rex")
print(a.speak())
print(d.speak(), d.trick_count, Dog.legs(), d.legs(), d.kind, a.kind)
d.trick_count = 3
print(d.tricks, Animal.count, isinstance(d, Animal), issubclass(Dog, Animal))
print(repr(a), str(d), [a, d])
print(type(d).__name__, d.__class__.__name__, hasattr(d, "name"), getattr(d, "nope", 42))


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y

    def __len__(self):
        return 2

    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)


v = Vec(1, 2) + Vec(3, 4)
print(v, v == Vec(4, 6), v != Vec(0, 0), len(v), bool(v))


class Base:
    def hello(self):
        return "base:" + self.who()

    def who(self):
        return "Base"


class Mid(Base):
    def who(self):
        return "Mid"


class Leaf(Mid):
    def hello(self):
        return "leaf+" + super().hello()


print(Leaf().hello())
setattr(v, "z", 9)
print(v.z, getattr(v, "z"))
