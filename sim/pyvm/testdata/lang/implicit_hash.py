# type_new gives a class that defines __eq__ without __hash__ a __hash__
# of None in its own dict; a subclass inherits it; __hash__ defined keeps
# its own.
class A:
    def __eq__(self, o):
        return True


class B(A):
    pass


class C:
    def __eq__(self, o):
        return True

    def __hash__(self):
        return 1


print(A.__hash__, '__hash__' in A.__dict__, B.__hash__, '__hash__' in B.__dict__, C.__hash__ is not None, hash(C()))
for obj in (A(), B()):
    try:
        hash(obj)
    except TypeError as e:
        print(e)
print(A() in [1], {C(): 1}[C()])
