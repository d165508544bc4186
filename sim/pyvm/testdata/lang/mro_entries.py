# PEP 560: a base that is not a class but has __mro_entries__ is replaced
# by the classes it gives; the class keeps the bases as written in
# __orig_bases__; a non-tuple result is a TypeError.
class Alias:
    def __init__(self, *classes):
        self.classes = classes

    def __mro_entries__(self, bases):
        print("mro_entries of", len(bases), "bases")
        return self.classes


class Base:
    def hello(self):
        return "hello from Base"


class Mixin:
    pass


class C(Alias(Base, Mixin)):
    pass


print(C.__bases__, C().hello(), len(C.__orig_bases__), C.__mro__)


class D(Mixin, Alias()):
    pass


print(D.__bases__, "__orig_bases__" in D.__dict__, "__orig_bases__" in Base.__dict__)


class Bad:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class E(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)
