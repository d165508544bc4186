class Temp:
    def __init__(self):
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
print('F:', t.fahrenheit)
