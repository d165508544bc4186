# blocked: the simulator cannot subclass int or str, and IntEnum's and
#  StrEnum's members are ints and strs (importing them is refused)
from enum import IntEnum, auto


class State(IntEnum):
    RUNNING = auto()
    SLEEPING = auto()
    ZOMBIE = auto()


print(State.ZOMBIE, repr(State.ZOMBIE), str(State.SLEEPING), f'{State.RUNNING}', '%d' % State.ZOMBIE)
print(State.ZOMBIE == 3, State.ZOMBIE + 1, State(2), sorted([State.ZOMBIE, State.RUNNING]), State.RUNNING < 2)
print(isinstance(State.RUNNING, int), [10, 20, 30][State.RUNNING])
