"""from __future__ import annotations: annotations are stored as their source text (PEP 563)."""
from __future__ import annotations


class Node:
    value: int
    next: Node | None = None
    children: list[Node]
    mapping: dict[str, tuple[int, ...]]
    weird: Callable[[int, str], -1 | "x"]
    deep: Dict[str, List[Tuple[int, float]]]


top: Node = Node()
print(Node.__annotations__)
print(__annotations__)
