# typing and __future__: the imports of type-hinted programs.
from __future__ import annotations
from typing import List, Dict, Optional, Tuple, Union, Any, Callable, Iterable, TypeVar, cast
import typing


def total(xs: List[int], scale: Optional[float] = None) -> float:
    return sum(xs) * (scale or 1)


def group(pairs: Iterable[Tuple[str, int]]) -> Dict[str, List[int]]:
    out: Dict[str, List[int]] = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out


Vector = List[float]
Handler = Callable[[int, str], bool]
T = TypeVar('T')
print(total([1, 2, 3]), total([1], 2.5), group([('a', 1), ('b', 2), ('a', 3)]))
print(Vector, Optional[int], Dict[str, Any], Tuple[int, ...], Handler, T, typing.List)
print(Union[int], cast(int, 'x'), typing.TYPE_CHECKING, Optional[str] == Optional[str])
