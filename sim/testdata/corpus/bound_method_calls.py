# Calls of methods written in Python, in the ways tutorials write them:
# positional, keyword, *args and **kwargs, defaults, a bound method kept in
# a variable, called again after the instance changed, and the errors a
# wrong call raises (the simulator passes self without copying the
# arguments: these must all see the same values as CPython).


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount, *, note=""):
        self.balance += amount
        return "%s +%d %s" % (self.owner, amount, note)

    def many(self, *amounts, **tags):
        for a in amounts:
            self.balance += a
        return sorted(tags.items()), len(amounts)

    def transfer(self, other, amount):
        self.balance -= amount
        other.balance += amount
        return self.balance, other.balance

    def __repr__(self):
        return "Account(%r, %d)" % (self.owner, self.balance)


a = Account("ann")
b = Account("bob", balance=10)
print(a.deposit(5), a.deposit(7, note="gift"))
print(a.many(1, 2, 3, kind="bonus", year=2024))
print(a.transfer(b, 4), a, b)
print(b.transfer(amount=3, other=a))
args = (b, 1)
print(a.transfer(*args))
kwargs = {"other": b, "amount": 2}
print(a.transfer(**kwargs))

dep = a.deposit
for i in range(3):
    print(dep(i, note=str(i)), end="; ")
print()
a.owner = "anna"
print(dep(100))

nested = [Account("x%d" % i) for i in range(3)]
print([acc.deposit(i * 10) for i, acc in enumerate(nested)])
print(list(map(Account.__repr__, nested)))

for call in [
    lambda: a.transfer(b),
    lambda: a.transfer(b, 1, 2),
    lambda: a.deposit(1, 2),
    lambda: a.deposit(amount=1, bogus=2),
    lambda: a.transfer(b, amount=1, other=b),
    lambda: Account.deposit(5),
    lambda: a.deposit(),
    lambda: Account("z", 1, 2),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Base:
    def hello(self, who="world"):
        return "hello %s from %s" % (who, type(self).__name__)


class Child(Base):
    def hello(self, who="child"):
        return super().hello(who) + "!"


c = Child()
print(c.hello(), c.hello("you"), Base.hello(c), Base().hello(who="base"))


# The same errors for plain functions, nested functions and lambdas: from
# 3.10 the message names the qualified name.
def outer():
    def inner(x, *, flag):
        return x

    for bad in [lambda: inner(), lambda: inner(1), lambda: inner(1, 2, flag=0), lambda: (lambda y: y)()]:
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)


outer()


def none(*, k=0):
    return k


def one_default(a=1):
    return a


def two(a, b):
    return a + b


for bad in [
    lambda: none(1, k=2),
    lambda: one_default(1, 2),
    lambda: two(1, 2, 3, bogus=4),
    lambda: two(1, 2, 3, a=4),
    lambda: two(1, 2, 3),
]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


# Positional-only parameters given by keyword: CPython names every such
# keyword, unless the function takes **kwargs (which then receives them).
def pos_only(a, b, /, c):
    return a + b + c


def pos_only_kw(a, /, **kw):
    return a, kw


class WithPosOnly:
    def m(self, a, /):
        return a


for bad in [
    lambda: pos_only(a=1, b=2, c=3),
    lambda: pos_only(1, b=2, c=3),
    lambda: pos_only(1, 2, 3, a=9),
    lambda: WithPosOnly().m(a=1),
]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(pos_only_kw(1, a=2))
