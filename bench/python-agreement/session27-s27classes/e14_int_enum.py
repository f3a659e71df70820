# IntEnum: refused (its members are integers).
import enum


class Level(enum.IntEnum):
    LOW = 1


print(Level.LOW + 1)
