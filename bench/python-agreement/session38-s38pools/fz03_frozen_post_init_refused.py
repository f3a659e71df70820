# A frozen dataclass computes a field in __post_init__ with a plain assignment: CPython raises there.
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    width: int
    height: int

    def __post_init__(self):
        self.area = self.width * self.height


box = Box(2, 3)
print(f"width={box.width}")
