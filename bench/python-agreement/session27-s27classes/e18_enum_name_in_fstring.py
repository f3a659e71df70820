# `.name` of a member held at run time inside an f-string: refused, assign it first.
import enum


class Color(enum.Enum):
    RED = 1


color = Color.RED
print(f"{color.name}")
