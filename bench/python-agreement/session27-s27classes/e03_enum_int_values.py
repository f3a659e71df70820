# Integer values and two enums: members of different classes are never equal.
import enum
import threading


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Level(enum.Enum):
    LOW = 1
    HIGH = 2


color = Color.RED
level = Level.LOW


def bump() -> None:
    global color, level
    color = Color.GREEN
    level = Level.HIGH


t = threading.Thread(target=bump)
t.start()
t.join()
same = 1 if color == level else 0
color_value = color.value
level_value = level.value
total = color_value + level_value
color_name = color.name
level_name = level.name
names = f"{color_name}-{level_name}"
print(color, level, same, total, names)
