# `in` a display of members: refused (weft's `in` of a display compares integers).
import enum


class State(enum.Enum):
    NEW = "new"
    DONE = "done"


s = State.NEW
print(s in (State.NEW, State.DONE))
