# enum: members, lookups by value and name, auto() and its hook, aliases,
# unique, the functional API, _missing_, methods and properties on members,
# tuple values with __init__, the metaclass's refusals (reassigning,
# deleting, extending), `in` across versions, and members crossing
# processes (a Pool's results and a Queue: unpickled as the same member).
import enum
import multiprocessing as mp
from enum import Enum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

    def describe(self):
        return '%s is %d' % (self.name, self.value)

    @property
    def active(self):
        return self is State.RUNNING


print(Color.RED)
print(repr(Color.GREEN))
print(Color(2), Color['BLUE'], Color.RED.name, Color.RED.value)
print(list(Color))
print(len(Color), Color.RED in Color)
print(type(Color.RED), isinstance(Color.RED, Color), type(Color))
print(Color)
print(State.RUNNING.describe(), State.RUNNING.active, State.IDLE.active)
print([s.value for s in State])
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1))
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.GREEN])
print(Color.__members__.keys())
print(f"{Color.RED}", "%s" % Color.BLUE, format(Color.GREEN))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError', e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, list(Shape), Shape(2))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print('ValueError', e)

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal.ANT, Animal.DOG.value, list(Animal))
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(hash(Color.RED) == hash(Color.RED))
for name, member in Color.__members__.items():
    print(name, member)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e+23, 2.4397e6)))


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NORTH = auto()
    SOUTH = auto()


print(list(Ordinal), Ordinal.NORTH.value)


class Level(Enum):
    LOW = 1
    HIGH = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

    def __str__(self):
        return self.name.title()


print(Level('low'), Level(2))
try:
    Level(9)
except ValueError as e:
    print('ValueError', e)
for x in (1, Level.LOW, 'LOW'):
    try:
        print(x in Level)
    except TypeError as e:
        print('TypeError', e)
print(isinstance(Level.LOW, Enum), issubclass(Level, Enum), Level.LOW.__class__.__name__)
print(Level.__name__, Level.LOW.name, type(Level).__name__)
print([m.name for m in reversed(Level)])
print(Level.__members__)
print(bool(Level.LOW), bool(Level))
print(enum.unique(Level) is Level)
try:
    del Level.LOW
except AttributeError as e:
    print('AttributeError', e)
try:
    class Bigger(Level):
        EXTRA = 3
except TypeError as e:
    print('TypeError', e)


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), Mood['FUNKY'] is Mood.FUNKY)
print(Mood.FUNKY != Mood.HAPPY, Mood.FUNKY == 1)
d = {m: m.value * 10 for m in Mood}
print(d)
print(sorted(Mood, key=lambda m: -m.value))
print(max(Mood, key=lambda m: m.value))
Shape2 = Enum('Shape', [('SQUARE', 4), ('TRI', 3)])
print(Shape2.TRI, Shape2(4), len(Shape2))
Dir = Enum('Dir', {'UP': 'u', 'DOWN': 'd'})
print(Dir.UP.value, list(Dir))


class Status(Enum):
    OK = 'ok'
    FAIL = 'fail'


def check(n):
    return n, Status.OK if n % 2 == 0 else Status.FAIL


def report(q):
    q.put((Status.FAIL, [Mood.HAPPY, Mood.FUNKY]))


if __name__ == '__main__':
    with mp.Pool(2) as pool:
        for n, st in pool.map(check, range(4)):
            print(n, st, st is Status(st.value))
    q = mp.Queue()
    p = mp.Process(target=report, args=(q,))
    p.start()
    st, moods = q.get()
    p.join()
    print(st is Status.FAIL, moods, moods[0] is Mood.HAPPY, p.exitcode)
