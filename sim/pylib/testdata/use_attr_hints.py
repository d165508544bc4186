# versions: 3.8 3.9 3.10 3.11 3.12 3.13
# An attribute that is not there: from 3.10 the traceback suggests the
# closest name dir() gives (3.13 leaves out names with an underscore
# unless the missing one has one or the object is the method's self);
# the traceback module shows it from 3.12.
import traceback


def attempt(f):
    try:
        f()
    except AttributeError:
        print(traceback.format_exc().splitlines()[-1])


class Account:
    def __init__(self):
        self.balance = 0
        self._secret = 1

    def deposit(self, n):
        self.balnce += n

    def peek(self):
        return self._secrt


attempt(lambda: [].apend(1))
attempt(lambda: 'abc'.uper())
attempt(lambda: {}.iteritems())
attempt(lambda: Account().deposit(5))
attempt(lambda: Account().blance)
attempt(lambda: Account().peek())
attempt(lambda: Account().secret)
attempt(lambda: (1).real2)
attempt(lambda: [].xyz)
attempt(lambda: str.jion)
import os
attempt(lambda: os.getpdi())
attempt(lambda: Account().__init)
[].apend(2)
