from typing import List, Dict, Tuple, Optional, Callable, Any, Union, Iterable, Iterator, Sequence
import typing

def scale(xs: List[float], k: float = 2.0) -> List[float]:
    return [x * k for x in xs]

def lookup(d: Dict[str, int], key: str) -> Optional[int]:
    return d.get(key)

def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)

Pair = Tuple[int, int]
def swap(p: Pair) -> Pair:
    return (p[1], p[0])

print(scale([1.0, 2.5]), lookup({"a": 1}, "a"), lookup({}, "b"), apply(lambda x: x + 1, 41), swap((1, 2)))
print(List, Dict, Optional, typing.Any)
print(List[int], Dict[str, float], Tuple[int, ...] if False else Tuple[int, int], Union[int, str])
x: Any = 5
items: Sequence[int] = [1, 2]
print(x, items, typing.cast(int, "not checked"))
