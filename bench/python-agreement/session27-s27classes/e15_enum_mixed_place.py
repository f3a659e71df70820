# A name given a member and a string: refused.
import enum


class State(enum.Enum):
    NEW = "new"


s = State.NEW
s = "State.NEW"
print(s)
