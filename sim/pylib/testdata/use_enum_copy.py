# enum members copied (copy and deepcopy go through Enum.__reduce_ex__ and
# give the member itself), as a dataclass field, refused by json, their
# attributes (vars) in each version's order, and __init__ inherited from
# an enum base without members.
import copy
import json
from dataclasses import dataclass, field
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Pixel:
    x: int
    color: Color = Color.RED
    tags: list = field(default_factory=list)


p = Pixel(1)
print(p, copy.copy(Color.RED) is Color.RED, copy.deepcopy(p).color is Color.RED)
try:
    json.dumps({'c': Color.RED})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({'c': Color.RED.value, 'n': Color.GREEN.name}))
print(Color.RED.__class__, Color.__class__, vars(Color.RED))
print(getattr(Color, 'GREEN'), hasattr(Color, 'BLUE'), Color.RED in [Color.RED])
print(sorted(Color.__members__), Color.RED._name_, Color.GREEN._value_)
print(type(Color.__members__).__name__)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


class Base(Enum):
    def __init__(self, *args):
        self.doubled = self.value * 2


class Num(Base):
    ONE = 1
    TWO = 2


print(vars(Planet.EARTH))
print(Num.TWO.doubled, vars(Num.ONE))
