def greet(name, greeting='hi', *, punct='!'):
    return greeting + name + punct

class C:
    def m(self, value):
        pass

for call in [lambda: greet(nam='a'), lambda: greet('a', greting='x'), lambda: greet('a', pnct='?'),
             lambda: greet('a', zzzzzz=1), lambda: C().m(valu=1), lambda: C().m(self=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
