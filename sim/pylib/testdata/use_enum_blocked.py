# blocked: pyvm has no metaclasses (enum's EnumMeta makes the members when
#  the class is created)
import enum
from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return '%s is %d' % (self.name, self.value)


class State(IntEnum):
    RUNNING = auto()
    SLEEPING = auto()
    ZOMBIE = auto()


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.GREEN.describe(), repr(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED in Color, f'{Color.BLUE}', '%s' % Color.BLUE)
print([m.name for m in Color], list(Color.__members__), type(Color.RED).__name__)
print(State.ZOMBIE, repr(State.ZOMBIE), str(State.SLEEPING), f'{State.RUNNING}', '%d' % State.ZOMBIE)
print(State.ZOMBIE == 3, State.ZOMBIE + 1, State(2), sorted([State.ZOMBIE, State.RUNNING]), State.RUNNING < 2)
print({Color.RED: 'r'}[Color.CRIMSON], isinstance(Color.RED, Color), isinstance(State.RUNNING, int))
try:
    Color(9)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.MERCURY.radius)
