# More positional sub-patterns than __match_args__ names.
from dataclasses import dataclass


@dataclass
class Pixel:
    x: int
    y: int


match Pixel(1, 2):
    case Pixel(1, 2, 3):
        print("three")
