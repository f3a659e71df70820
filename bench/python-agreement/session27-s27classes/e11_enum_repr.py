# repr of a member: refused.
import enum


class State(enum.Enum):
    NEW = "new"


s = State.NEW
print(f"{s!r}")
