# typing's aliases with isinstance() and issubclass(): unsubscripted ones check
# as the classes they stand for, subscripted ones are refused (Union and
# Optional check their arguments from 3.10), Any is refused by isinstance().
import typing
from collections import deque, Counter
for t in [typing.List, typing.Dict, typing.Iterable, typing.Callable, typing.Sequence, typing.Any, typing.List[int], typing.Union[int, str],
          typing.Optional[int], typing.Tuple, typing.Type, typing.Mapping, typing.Hashable, typing.Deque, typing.Counter, typing.Sized]:
    try:
        print(isinstance([], t), isinstance(deque(), t), isinstance(Counter(), t), end=' ')
    except TypeError as e:
        print('TE:', e, end=' | ')
print()
print(issubclass(list, typing.Sequence), issubclass(dict, typing.List), isinstance(5, (str, typing.Hashable)), isinstance(None, typing.Optional[int]) if False else "")
try:
    issubclass(int, typing.Any)
except TypeError as e:
    print(e)
