# How typing's forms print: ellipses, Optional for a union with None, NoneType in unions.
import typing
from typing import Callable, Dict, List, Optional, Tuple, Union

print(Tuple[int, ...], Callable[..., int], Tuple[()] if False else Tuple[int])
print(Union[int, None], Optional[int], Union[int, str, None], Optional[Union[int, str]])
print(Dict[str, Tuple[float, ...]], List[Optional[str]])


def batches(data: List[Tuple[int, ...]], size: Optional[int] = None) -> Dict[str, Union[int, None]]:
    return {}


print(batches.__annotations__)
