# An alias member: refused.
import enum


class State(enum.Enum):
    NEW = "new"
    FRESH = "new"


print(State.FRESH)
